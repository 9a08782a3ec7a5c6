from ine_lint.cli import run

run()
