"""Development-only tools: the benchmark, its generated dataset and the search benchmark.

Installed by the development, test and benchmark settings, never in production. Unlike `home`,
this app may import every feature app: it fills and measures the whole site.
"""
