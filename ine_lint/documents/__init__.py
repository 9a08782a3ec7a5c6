"""Documents made from the inventory: Anexos 1 and 2 (PDF), the CNCS list (CSV/XLSX), and
the skeletons of a new área or a new inventory.

Each module imports its heavy library (fpdf2, openpyxl) inside the function that writes, so
``ine-lint --help`` and ``check`` never pay for them.
"""
