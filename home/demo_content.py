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

BECOME_INTRO = (
    "<p>If you are a qualified educational psychologist registered with the HCPC, you can "
    "offer a little of your time to someone coming up behind you.</p>"
)
BECOME_DETAILS = (
    "<h2>What mentors do</h2><p>Mentors offer conversations, not supervision. You decide "
    "who you will mentor (aspiring, trainee or qualified EPs), what you are happy to talk "
    "about, how you prefer to meet and how many people you can support at once. You can "
    "pause your listing whenever life gets busy.</p><h2>How to join</h2><p>Fill in the "
    "sign-up form. The team checks your registration on the public HCPC register before "
    "your profile goes live, and you confirm your availability from time to time so that "
    "mentees only see people who can say yes.</p>"
)

PRIVACY_INTRO = "<p>What we collect, why, how long we keep it and what you can ask us to do.</p>"
PRIVACY_BODY = [
    {"type": "heading", "value": {"text": "What we hold about mentors", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Your public profile, which you write and can change. We also keep your HCPC "
            "number and e-mail address so that we can check your registration and pass on "
            "messages; neither is ever shown on the site or shared through the API.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "What we hold about mentees", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>When you contact a mentor through the site we pass your message on and then "
            "delete its text. We keep only counts (for example, how many enquiries were about "
            "research) to evaluate the pilot.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Your rights", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>You can ask to see, correct or erase what we hold about you at any time by "
            "writing to the pilot team. When a mentor withdraws, their profile and its history "
            "are erased.</p>"
        ),
    },
]

ACCESSIBILITY_INTRO = (
    "<p>We want everyone to be able to use this site, whatever device or assistive "
    "technology they rely on.</p>"
)
ACCESSIBILITY_BODY = [
    {"type": "heading", "value": {"text": "What we have done", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<ul><li>Every page works without JavaScript.</li><li>You can reach everything "
            "with a keyboard, and you can always see where you are.</li><li>Headings, labels "
            "and landmarks are marked up so screen readers can announce them.</li>"
            "<li>Text can be enlarged to 200% without losing content.</li></ul>"
        ),
    },
    {"type": "heading", "value": {"text": "How we tested the site", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. "
            "Every change to the site is checked automatically before it goes live:</p>"
            "<ul><li>each kind of public page, and each form when empty, when showing "
            "errors and once sent, is loaded in the Chromium browser and checked with the "
            "axe-core accessibility engine against the WCAG A and AA rules;</li>"
            "<li>the main journeys (finding a mentor by filter and by keyword, contacting "
            "a mentor, signing up as a mentor, and pausing or leaving the directory) are "
            "completed in a real browser, some of them with the keyboard alone;</li>"
            "<li>we check that the directory and every form still work with JavaScript "
            "switched off.</li></ul>"
            "<p>Automated checks find many problems but not all of them. We have not yet "
            "had the site tested by disabled people or audited by a specialist; we plan to "
            "before the pilot ends, and will update this statement when we do.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Tell us about a problem", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>If something on the site is hard to use, please tell us through the feedback "
            "form or by e-mail. We aim to reply within ten working days.</p>"
        ),
    },
]

TERMS_INTRO = (
    "<p>These terms apply to everyone who takes part in the pilot. Please read them before "
    "listing yourself as a mentor or contacting one.</p>"
)
TERMS_VERSION = "Version 1"
TERMS_EFFECTIVE = "2026-09-01"
TERMS_SECTIONS = [
    (
        "What the directory is, and what it is not",
        [
            "The directory helps people find volunteer mentors. It is not a supervision, "
            "therapy or employment service, and mentoring does not replace the supervision "
            "required by a training course or an employer.",
            "Mentors are volunteers. Nobody is paid through the directory and no one may "
            "charge a mentee for a conversation arranged through it.",
            "The pilot runs for a fixed period. We may change, pause or end it, and we will "
            "say so on this site when we do.",
        ],
    ),
    (
        "For mentors",
        [
            "You must be a practising educational psychologist registered with the HCPC for "
            "the whole time you are listed. Tell us straight away if that changes.",
            "Keep your availability up to date and pause your listing if you cannot take on "
            "anyone new.",
            "Follow your professional code of conduct in every mentoring conversation, "
            "including on confidentiality and its limits.",
        ],
    ),
    (
        "For mentees",
        [
            "In this phase the directory is open to trainee and qualified educational "
            "psychologists who identify as belonging to an under-represented or marginalised "
            "group. We rely on your own description and never ask for proof.",
            "Be clear in your first message about what you hope to get from mentoring, and "
            "respect a mentor's decision if they cannot help.",
        ],
    ),
    (
        "Limits of our responsibility",
        [
            "We check that each mentor is on the HCPC register when they join. We do not "
            "monitor conversations and are not responsible for advice a mentor gives.",
            "If anything in a mentoring relationship worries you, stop and tell the pilot "
            "team; where there is a risk of harm, contact the relevant professional body.",
        ],
    ),
    (
        "Your data",
        [
            "We use what you give us only to run and evaluate the pilot, as described in the "
            "privacy notice.",
            "We record which version of these terms you accepted and when, so that it can be "
            "checked later.",
        ],
    ),
]

RESOURCES_INTRO = (
    "<p>A short reading list gathered by the pilot team. Suggestions are welcome through the "
    "feedback form.</p>"
)
AGREEMENT_TITLE = "Mentoring agreement template"
AGREEMENT_TEXT = (
    "Mentoring agreement (template)\n\n"
    "1. How often we will meet, and how.\n"
    "2. What we will talk about, and what we will not.\n"
    "3. How we will keep what is said confidential, and the limits of that.\n"
    "4. How either of us can end the arrangement.\n"
)
# (title, description, audience, link) where link is "page:<slug>", "document" or a URL.
RESOURCES = [
    (
        "Making the most of a first conversation",
        "Questions to think about before you contact a mentor, and what to expect.",
        "mentees",
        "page:about",
    ),
    (
        "Mentoring agreement template",
        "A one-page outline for agreeing how you will work together.",
        "both",
        "document",
    ),
    (
        "HCPC standards of conduct, performance and ethics",
        "The standards every registered practitioner works to.",
        "mentors",
        "https://www.hcpc-uk.org/standards/standards-of-conduct-performance-and-ethics/",
    ),
    (
        "The terms of the pilot",
        "What we ask of mentors and mentees, and what we can and cannot do.",
        "both",
        "page:terms",
    ),
    (
        "Becoming a mentor",
        "What mentoring through the directory involves and how to sign up.",
        "mentors",
        "page:become-a-mentor",
    ),
]

FEEDBACK_TITLE = "Spotted something wrong, or have a suggestion?"
FEEDBACK_INTRO = (
    "<p>Tell us about a mistake, a broken link, something hard to use or an idea for the "
    "directory. Please do not include anyone else's personal details.</p>"
)
FEEDBACK_THANKS = (
    "<p>Thank you. The pilot team reads every message. If you left an e-mail address we may "
    "write back.</p>"
)
# (label, field_type, required, help_text, choices)
FEEDBACK_FIELDS = [
    (
        "What is it about?",
        "dropdown",
        True,
        "",
        "A mistake on the site\nA mentor's profile\nAn idea or suggestion\nSomething else",
    ),
    ("Your message", "multiline", True, "Where you saw it, and what you expected.", ""),
    ("Your e-mail address", "email", False, "Only if you would like a reply.", ""),
]

BANNER_TEXT = "The directory is a pilot: tell us what works and what does not."

CTA_FIND = "Browse volunteer educational psychologists and get in touch with one directly."
CTA_BECOME = "Registered with the HCPC? Offer a few conversations to someone starting out."
CTA_ABOUT = "Why the directory exists, who can take part and how the pilot works."
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
