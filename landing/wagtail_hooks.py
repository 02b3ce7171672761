from wagtail import hooks


@hooks.register("register_demo_content")
def load_landing_demo_content(stdout=None):
    from .demo import load

    load(stdout=stdout)
