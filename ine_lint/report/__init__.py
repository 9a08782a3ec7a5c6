"""Views of a check for people who do not read findings one by one.

``ine-lint reporte`` writes one self-contained HTML compliance report; ``ine-lint
calendario`` writes the upcoming obligations as an iCalendar file. Jinja2 and icalendar are
imported only on these paths, so ``check`` and ``--help`` do not pay for them.
"""
