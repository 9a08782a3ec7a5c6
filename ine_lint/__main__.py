from ine_lint.cli import main

main()
