"""Spiders run by the basewatch daemon through one AsyncCrawlerRunner."""
