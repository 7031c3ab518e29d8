"""schema.org `Person` data for a mentor's page, built only from public fields."""


def person(mentor, url):
    data = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": mentor.name,
        "url": url,
    }
    if mentor.role:
        data["jobTitle"] = mentor.role
    if mentor.organisation:
        data["worksFor"] = {"@type": "Organization", "name": mentor.organisation}
    if mentor.region:
        data["workLocation"] = {"@type": "Place", "name": mentor.region.name}
    topics = [a.name for a in mentor.areas.all()] + [s.name for s in mentor.specialisms.all()]
    if topics:
        data["knowsAbout"] = topics
    if mentor.language_list:
        data["knowsLanguage"] = ["English", *mentor.language_list]
    if mentor.profile_url:
        data["sameAs"] = [mentor.profile_url]
    return data
