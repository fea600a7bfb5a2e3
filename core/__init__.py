"""The site as a whole, as opposed to one section of it.

Home page and robots.txt (``views``), the sitemap of every section (``sitemaps``)
and the Editors group (``editors``).
"""
