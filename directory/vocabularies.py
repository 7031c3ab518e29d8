"""Starting values for the taxonomies, in display order. Editors may change them afterwards;
the import matches sign-up answers against whatever names are current."""

MENTEE_GROUPS = ["Aspiring EPs", "Trainee EPs", "Qualified EPs"]
AREAS = [
    "Getting into the profession, including applying for training",
    "Research and doctoral thesis",
    "Publishing journal articles",
    "Developing a specialism",
    "Progressing into leadership",
    "Adjusting my professional role",
    "Returning to practice",
    "Independent practice",
]
SPECIALISMS = [
    "Autism",
    "Early years",
    "Post-16 and transition",
    "SEMH",
    "Literacy and dyslexia",
    "Refugee and asylum-seeking children",
    "Children in care",
    "Sensory impairment",
    "Systemic practice",
    "Community psychology",
    "Trauma-informed practice",
    "Bilingual learners",
]
FORMATS = ["Online (video call)", "Phone", "Email", "Face to face"]
REGIONS = [
    "North East",
    "North West",
    "Yorkshire and the Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
    "Wales",
    "Scotland",
    "Northern Ireland",
]
LIVED_EXPERIENCE = [
    "Black, Asian or minority ethnic heritage",
    "Disabled or neurodivergent",
    "LGBTQ+",
    "First in family to go to university",
    "Career changer",
    "Working-class background",
    "Caring responsibilities",
]

SEEDS = {
    "MenteeGroup": MENTEE_GROUPS,
    "Area": AREAS,
    "Specialism": SPECIALISMS,
    "MeetingFormat": FORMATS,
    "Region": REGIONS,
    "LivedExperienceTag": LIVED_EXPERIENCE,
}
