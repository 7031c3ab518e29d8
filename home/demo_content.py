"""The demo site's copy, in our own words, kept apart from the code that builds the tree."""

HOME_INTRO = (
    "<p>Find a volunteer educational psychologist who will mentor you, whether you are hoping "
    "to train, training now or already qualified.</p>"
)
SECTION_INTRO = (
    "<p>The directory is a time-limited pilot. Everything about it, from who can take part to "
    "how listings are checked, is explained in the pages below.</p>"
)
ABOUT_INTRO = "<p>Why the directory exists, who it is for and how it works during the pilot.</p>"
ABOUT_BODY = [
    {"type": "heading", "value": {"text": "Why a mentoring directory?", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Informal mentoring has long helped people into and through the profession, but "
            "it has mostly reached those who already knew someone to ask. People from groups "
            "that are under-represented among educational psychologists, or who have been "
            "pushed to the margins, have had the least of it. The directory puts volunteer "
            "mentors where anyone can find them.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Who can take part in this phase", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Mentors are qualified educational psychologists registered with the HCPC. In "
            "this phase mentees are trainee and qualified educational psychologists who "
            "identify as belonging to an under-represented or marginalised group. We ask you "
            "to say so yourself; we never ask for proof.</p>"
        ),
    },
    {
        "type": "callout",
        "value": {
            "title": "A pilot, not a service",
            "text": (
                "<p>The pilot runs for a fixed period and will be evaluated. We count how the "
                "directory is used, never who used it.</p>"
            ),
        },
    },
]
DIRECTORY_INTRO = (
    "<p>Every mentor here has volunteered their time. Use the filters to find someone whose "
    "experience matches what you are looking for, then get in touch directly.</p>"
)

# Sign-up and self-service pages (issue 6)
SIGNUP_INTRO = (
    "<p>Qualified, HCPC-registered educational psychologists can offer to mentor during the "
    "pilot. Tell us about yourself below; an editor checks your registration before your "
    "profile is published. Your e-mail address and HCPC number are never shown.</p>"
)
SIGNUP_CONFIRMATION = (
    "<p>We have received your application and sent you an e-mail. An editor will check your "
    "registration and publish your profile, usually within a week.</p>"
)
MANAGE_INTRO = (
    "<p>Pause your listing, update your availability, confirm you are still available, edit "
    "your profile or leave the directory. Enter the address you signed up with and we will "
    "e-mail you a link.</p>"
)
