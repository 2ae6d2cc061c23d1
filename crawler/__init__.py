"""The Scrapy side of basewatch: fetching feeds, sitemaps, listings and article pages, and
extracting article text. It knows nothing of the archive or of alerts."""
