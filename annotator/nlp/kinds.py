"""Kinds and hedges of one unit, read from the parse (SEGMENTATION.md, "Kinds").

Every rule looks at grammar (the root verb, its subject, its mood, the final
punctuation, the layout of the block), never at an article's wording. The few
word lists (hedge cues, "important to", months) live in ``data/cues.json``.
The article-level kind, ``promo``, is decided in :mod:`annotator.nlp.promo`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from annotator.nlp.blocks import LABEL_MAX_WORDS, cell_count, turn_opening_only
from annotator.nlp.claimkeys import lexicon as claim_lexicon
from annotator.nlp.cuelists import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"}
HEADING_MAX_WORDS = 14
# A unit with fewer letters than this says nothing a reviewer could check.
MIN_LETTERS = 2
_CLOSERS = "\"'”’)]"
# "Publisher: “Title”": a cited source (quotes curly, straight, or UTF-8 read as cp1252).
_OPENING_QUOTE = re.compile(r"“|\"|â\x80\x9c|â€œ")
_CITATION = re.compile(rf"^[^:“”\"]{{2,80}}:\s*(?:{_OPENING_QUOTE.pattern})")
_CLOSING_QUOTE = re.compile(r"”|\"|â\x80\x9d|â€\x9d")
# A row of labelled values between bars, each short and without a stop.
_LABELLED = r"[^\W\d_][^:|.!?]{0,40}:[ \t]*[^\s:|.!?](?:[^:|.!?]|\.(?=\d)){0,40}"
_LABEL_ROW = re.compile(rf"{_LABELLED}(?:(?:[ \t]+\|[ \t]+|[ \t]{{3,}}|\t){_LABELLED})+")
# A quoted sentence, then a dash and who said it.
_ATTRIBUTED = re.compile(r"\s*[“\"][^“”\"]{3,}[.!?][”\"]\s*[—–-]{1,2}\s*\w")
_DEFINITION = re.compile(r"\S \s*[—–] (?:a|an|the|any|one) [a-z]")
_WIRE_SOURCE = re.compile(r"SOURCE\s+[A-Z]")
# A speaker in capitals, maybe with a role and a stage note: "HOST", "DR. PATEL",
# "DR. LISA HAYES, PEDIATRICIAN", "CORRESPONDENT (voice-over)".
_SPEAKER = re.compile(r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}(?:,(?: [A-Z][A-Z.'’-]*){1,3})?"
                      # "CORRESPONDENT (voice-over):", a caller's town: "SANDRA (Whitby):",
                      # "CALLER (JOAN, OHIO):"
                      r"(?: \((?:[a-z -]{1,20}|[A-Z][A-Za-z]+(?:,?[ -][A-Z][A-Za-z]+){0,2})\))?")
# A Hansard speaker: a name or a post in capitalised words, then its bracketed seat or
# name, then a party ("(Con)", "(Lab/Co-op)"), or without one a post ("Madam Deputy
# Speaker (Dame Eleanor Price)"; not "Ibuprofen (Advil)").
_MEMBER = re.compile(r"(?=.*\)\s+\([A-Z][A-Za-z]{0,4}(?:/[A-Z][\w-]{0,6})?\)$|.*\b(?:Speaker"
                     r"|Minister|Secretary|Chair(?:man)?|Leader|Solicitor|Attorney)\b)"
                     r"(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the)){0,14}"
                     r"\s+\((?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|and|of|the|upon)){0,6}\)"
                     r"(?:\s+\([A-Z][A-Za-z]{0,4}(?:/[A-Z][\w-]{0,6})?\))?")
_PAGE = re.compile(r"(?:page|p\.|slide)\s*\d+(?:\s*(?:of|/)\s*\d+)?$", re.IGNORECASE)
# A comment's author line: "John Miller says:", "Sarah K. wrote:".
_COMMENTER = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:says|said|writes|wrote"
                        r"|replied|commented|asks|asked):?$")
# A line of a page's activity stamped with its age: "Linda K. donated $50 · 2 days ago".
_ACTIVITY = re.compile(r"[^!?\n]{1,80}?[ \t][·•|][ \t]*\d+\s*(?:[smhdwy]|mins?|minutes?|hours?"
                       r"|hrs?|days?|weeks?|months?|years?|yrs?)\s+ago$", re.IGNORECASE)
# A forum thread's teaser, its count of replies after a dot: "“Failed my glucose test,
# what happens next?” – MamaBear2025 · 31 replies".
_THREAD_TEASER = re.compile(r"[^\n]{1,120}?[ \t][·•|][ \t]*[\d.,]+\s*[Kk]?\s+"
                            r"(?:replies|comments|answers|posts)$", re.IGNORECASE)
# A printed page's running head or foot, as text taken from a PDF keeps it: "… Otitis
# Media            Page 2 of 6", "Pediatrics Vol. 131 No. 3 March 2013      e965".
# A table of contents' line: an entry, a tab and its page ("Your results<tab>page 6"; not
# dot leaders, which a "year in numbers" shares: "Hip replacements (Maggie) ...... 1").
_CONTENTS_LINE = re.compile(r"\S[^\n]{1,100}?\t+(?:page|p\.)[ \t]*\d{1,3}", re.IGNORECASE)
_RUNNING_LINE = re.compile(
    r".*\bpage\s+\d+\s+of\s+\d+$"
    r"|.*\b(?:vol\.?\s*\d+|(?:19|20)\d\d)\b.*[ \t]{3,}(?:page\s+)?[a-z]?\d{1,4}$",
    re.IGNORECASE,
)
# A letter's or an email's greeting and closing, and a signature's name with degrees.
# A name's abbreviations keep their stops: "Dear Dr. Ford:", "Dear R.T.:".
# "Good morning", "Good afternoon": a greeting by the time of day.
_GOOD_TIME = r"good\s+(?:morning|afternoon|evening)"
_SALUTATION = re.compile(
    # "Good afternoon,", "Afternoon both." (not "Morning sickness" nor "Evening primrose")
    rf"(?:hi|hello|hey|dear|greetings|{_GOOD_TIME}"
    r"|(?:morning|afternoon|evening)(?=,|\s+(?:all|both|everyone|everybody)\b))(?=[\s,!:.]|$)"
    r"(?:\b(?:dr|mrs|mr|ms|prof|[a-z])\.|[^.!?\n]){0,40}[,!:.]?$",
    re.IGNORECASE)
_VALEDICTION = re.compile(
    r"(?:(?:yours\s+)?(?:sincerely|truly|faithfully)(?:\s+yours)?|best(?:\s+wishes|\s+regards)?"
    r"|kind(?:est)?\s+regards|warm(?:est)?\s+regards|warmly|regards|cheers|many\s+thanks"
    r"|respectfully(?:\s+(?:submitted|yours))?"
    r"|thanks(?:\s+again)?|thank\s+you|until\s+next\s+(?:time|week)|all\s+the\s+best"
    r"|take\s+care|stay\s+(?:healthy|well|safe)|be\s+well|talk\s+soon|xoxo|hugs"
    r"|with\s+(?:love|thanks|gratitude|hope)(?:\s+and\s+(?:love|thanks|gratitude|hope))?"
    r"|(?:here'?s\s+|yours\s+)?(?:to|in)\s+(?:good\s+)?health|wishing\s+you\b[^.!?\n]{0,40})[,!.]?$",
    re.IGNORECASE,
)
_DEGREES = (r"(?:MD|M\.D\.|PhD|Ph\.D\.|MPH|MSc|MS|MA|BSc|BA|RN|NP|PA-C|DO|PharmD|RDN?|MBBS"
            r"|MBChB|FRCPC?|FACP|FAAP|DrPH|ScD|DNP|PsyD|LCSW|MBA|CNM|MRCP|FRACP)")
# A person's name as signed: two to four capitalized words ("Maria Rossi", "Anita K. Patel").
_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){1,3}"
# Degrees no heading ends with, after a name without a comma: "Anita Desai MD",
# "Marianne Fraser MSN RN" under "Medical Reviewers" (not "Living With MS").
_SPACED_DEGREES = (r"(?:MD|M\.D\.|PhD|Ph\.D\.|MPH|RN|PharmD|MBBS|MBChB|DNP|PsyD|LCSW|FRCPC?"
                   r"|FACP|FAAP)")
_SIGNATURE = re.compile(rf"(?:Dr\.?\s+)?{_NAME}(?:(?:,\s*{_DEGREES}|\s+{_SPACED_DEGREES})"
                        r"[\d,*†‡]*)+\.?$")
# A paper's affiliations, each after its author mark run into it ("1Epidemic
# Intelligence Service, CDC; 2Ohio Department of Health.").
_AFFILIATIONS = re.compile(r"(?:[\d*†‡]{1,2}[A-Z][^;\n]{2,150}?(?:;[ \t]*|\.?$)){2,}")
# The marks that tie an author to an affiliation, besides digits.
_MARKS = "*†‡¹²³⁴⁵⁶⁷⁸⁹"
# One affiliation on its own line after its author mark: "1 Department of Emergency
# Medicine, St. Anne's Hospital, Bristol, UK", "2 Intensive Care Unit, …".
_ACADEMIC_UNIT = "Department|Division|School|Faculty|Institute|Centre|Center"
_AFFILIATION = re.compile(rf"[\d{_MARKS}]{{1,2}}"
                          rf"[ \t]?(?:[A-Z][^,\n]{{0,60}}?[ \t])?(?:{_ACADEMIC_UNIT}"
                          r"|University|Hospital|College"
                          r"|Laboratory|Unit|Clinic|Program(?:me)?|Service|Ministry|Agency)\b")
# An affiliation without a mark, its place after it: "Department of Microbiology, North
# Hospital, Leeds, UK".
_ADDRESSED = re.compile(rf"(?:{_ACADEMIC_UNIT})\s+(?:of|for)\s+[^,\n]+(?:,[^,\n]+){{2,}}$")
# An author with the marks of an affiliation: "Tomás Ruiz2*" of "Lena Hartmann1, Tomás Ruiz2*".
_MARKED_NAME = re.compile(r"(?:Dr\.?\s+)?[A-Z][^\W\d_][\w'’.-]*?(?:\s+[A-Z][\w'’.-]*?){0,3}"
                          rf"[\d{_MARKS},]*")
# A transcript's stage direction: "(Laughter)", "(Audience gasps)", "[Music plays]".
STAGE_WORDS = r"[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}"
_STAGE = re.compile(rf"[(\[]{STAGE_WORDS}[)\]]")
_COPYRIGHT = re.compile(r"(?:©|\(c\)\s*(?:19|20)\d\d|copyright\b)", re.IGNORECASE)
# A line of several sentences ("Copyright 2024 X. All rights reserved."): one unit each.
_SENTENCES = re.compile(r"[.!?]\s+[A-Z]")
# "Welcome back to The Health Check.": a show's or a newsletter's greeting.
_WELCOME = re.compile(rf"(?:{_GOOD_TIME},?\s+and\s+)?"
                      r"welcome\s+(?:back\s+)?to\b"
                      # a show's host: "Good afternoon, you're listening to The Health
                      # Hour", "With me in the studio is Dr Priya Nair, …"
                      rf"|(?:{_GOOD_TIME},?\s+)?you[’']re\s+listening\s+to\b"
                      r"|with\s+me\s+(?:in\s+the\s+studio\s+|today\s+|now\s+)?(?:is|are)\s+[A-Z]",
                      re.IGNORECASE)
# A station's host naming the show: "Good morning, it's five past eight and this is the
# Breakfast Health Hour on Wyre Valley FM." (capitals name the show and the station)
_ON_AIR = re.compile(r"(?:[Gg]ood\s+(?:morning|afternoon|evening),?\s+)?(?:it[’']s\s+[^.!?]{1,30}?"
                     r"\s+and\s+)?[Tt]his\s+is\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,4}"
                     r"\s+on\s+[A-Z][\w'’]*(?:\s+[A-Z0-9][\w'’]*){0,3}\s*[.!]?\s*$")
# A caller's or a recording's opening: "Hi, this is Karen calling from Fernhill Medical
# Practice for Mr David Achterberg.", "Hello, this is an automated message from Boots …"
_CALLER = re.compile(r"\s*(?:hi|hello|hiya|(?:good\s+)?(?:morning|afternoon|evening))[,!]?\s+"
                     r"(?:this\s+is|it[’']s)\s+(?:an\s+automated\s+(?:message|call)\b"
                     r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:calling\s+)?from\b)",
                     re.IGNORECASE)
# An exam question's marks, whatever the tagger makes of "marks".
_EXAM_MARKS = re.compile(r"[\[(](?:total\s+)?\d{1,2}\s+marks?[\])]", re.IGNORECASE)
# A progress bar drawn in box-drawing lines, as an audio or video player shows one.
_PLAYER_BAR = re.compile(r"\d:\d\d\s*[─━═▬]{5,}")
# A host's or a guest's introduction and welcome, the whole sentence: "I'm Maya Brennan.",
# "And I'm Tom Adeyemi.", "Priya, welcome.", "Welcome back, Sam!"
_INTRODUCED = re.compile(
    r"\s*(?:(?:And\s+)?I[’']m\s+(?:Dr\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}"
    r"|(?:[A-Z][a-z'’-]+,\s+)?[Ww]elcome(?:\s+back)?(?:,\s+[A-Z][a-z'’-]+)?)\s*[.!]?\s*$")
# A newsletter's or a show's goodbye and a speaker's greeting or handing over: "That's all
# for this week.", "See you next Tuesday!", "Good morning.", "I'll take a few questions."
_SIGN_OFF = re.compile(r"(?:that[’']s|that\s+is)\s+(?:all|it)\s+(?:for|from)\s+(?:this|today|now"
                       r"|us|me)\b|see\s+you\s+(?:all\s+)?(?:next|soon|tomorrow|then)\b"
                       r"|until\s+next\s+(?:time|week)\b"
                       r"|we\s+look\s+forward\s+to\s+(?:seeing|hearing\s+from|welcoming)\s+you\b"
                       # a briefing's speaker handing over the floor
                       r"|(?:i|we)(?:[’']ll|\s+will)\s+(?:now\s+)?take\s+(?:a\s+few\s+|some\s+"
                       r"|your\s+)?questions\b"
                       r"|(?:i|we)(?:[’']ll|\s+will)\s+(?:now\s+)?hand\s+(?:you\s+)?over\s+to\b"
                       rf"|{_GOOD_TIME}(?:,?\s+(?:everyone|everybody|all))?"
                       r"(?:\s*[.!,]?\s*$|,?\s+and\s+thank(?:s|\s+you)\b(?!\s+to\b))",
                       re.IGNORECASE)
# A call's or a meeting's chairing, from an operator, a host or a caller: "At this time,
# all participants are in a listen-only mode.", "Please be advised that today's conference
# is being recorded.", "I would now like to hand the call over to …", "Our first question
# comes from Kevin Marsh with Leerink Partners.", "Your line is open.", "You may now
# disconnect.", "Hi, thanks for taking my question.", "Great questions, Kevin."
_CHAIRING = re.compile(
    r"(?:at\s+this\s+time,?\s+)?all\s+(?:participants|lines|callers)\s+(?:are|have\s+been"
    r"|will\s+be)\s+(?:in\s+(?:a\s+)?listen-only|placed\s+on\s+mute|muted)"
    r"|(?:please\s+(?:be\s+advised|note)\s+that\s+|as\s+a\s+reminder,?\s+)?(?:today[’']s|this)"
    r"\s+(?:conference|call|webinar|meeting|session|briefing|event)(?:\s+call)?\s+is\s+being"
    r"\s+recorded"
    r"|(?:(?:i|we)(?:[’']d|\s+would)?\s+(?:now\s+)?(?:like\s+to\s+)?|let\s+me\s+(?:now\s+)?)"
    r"(?:hand|turn|pass)\s+(?:the\s+(?:call|conference|floor|meeting|webinar|briefing)\s+|it\s+)?"
    r"(?:back\s+)?over\s+to\b"
    r"|(?:our|the)\s+(?:first|next|last|final|following)\s+question\s+(?:comes|is)\s+from\b"
    r"|your\s+line\s+is\s+(?:now\s+)?open\b|you\s+may\s+now\s+disconnect\b"
    # a phone-in's: "Our first caller is Maureen in Poulton.", "Line three now, it's Karen …"
    r"|(?:our|the)\s+(?:first|next|last|final)\s+caller\s+(?:is|now|today)\b"
    r"|(?:on\s+)?line\s+(?:one|two|three|four|five|six|\d)\s+(?:now|next)\b"
    r"|(?:good\s+)?(?:morning|afternoon|evening)(?:,\s+[A-Z][a-z]+)?\s*[.!]?\s*$"
    # a show's break: "Let's take a quick break.", "And we're back."; a guest's "My pleasure."
    r"|(?:let[’']s|we[’']ll|we\s+will)\s+take\s+a\s+(?:quick\s+|short\s+)?break\b"
    r"|(?:and\s+)?we[’']re\s+back\s*[.!]?\s*$|(?:it[’']s\s+)?(?:my|a)\s+pleasure\s*[.!]?\s*$"
    # a season's greeting: "Happy November!", "Happy Friday, everyone!"
    r"|happy\s+(?:new\s+year|holidays|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january"
    r"|february|march|april|may|june|july|august|september|october|november|december|spring"
    r"|summer|autumn|fall|winter|thanksgiving|easter|christmas)(?:,?\s+(?:everyone|all|friends))?"
    r"\s*[!.]?\s*$"
    r"|this\s+concludes\s+(?:today[’']s|our|the|this)\s+(?:conference|call|webinar|meeting"
    r"|session|briefing|question-and-answer|q\s*&\s*a)\b"
    r"|(?:(?:hi|hey|yes|good\s+(?:morning|afternoon|evening))[,.!]?\s+)?(?:and\s+)?"
    r"thanks\s+for\s+taking\s+(?:my|our|the)\s+questions?\b"
    r"|(?:great|good|excellent)\s+questions?(?:,\s+[A-Z][a-z]+)?\s*[.!]\s*$",
    re.IGNORECASE)
# An encyclopaedia's note on the page itself: '"Hiccups" redirects here.', "For the 2010
# television series, see Hiccups (TV series).", "For other uses, see Hiccup
# (disambiguation)."
_HATNOTE = re.compile(r"[^.!?\n]{1,60}\s+redirects\s+here\b"
                      r"|[Ff]or\s+(?:other\s+uses|the\s+[^,.;:!?\n]{1,60}),\s+see\s+[\"“A-Z]")
# A wire story's credits: "Reporting by Hannah Ellwood in London; Editing by …".
_CREDITED = r"(?:additional\s+)?(?:reporting|writing|editing)\s+by"
_WIRE_CREDIT = re.compile(rf"\s*{_CREDITED}\s+[A-Z][^.!?]*;\s*{_CREDITED}\b", re.IGNORECASE)
# A news page's credit for items from elsewhere: "Compiled by staff from news
# services", "From staff and wire reports".
_WIRE_REPORTS = re.compile(r"\s*(?:compiled\s+)?(?:(?:by|from)\s+)?(?:[\w-]+\s+){0,4}(?:wire|news)"
                           r"\s+(?:reports|services|agencies)\s*\.?\s*$", re.IGNORECASE)
# An app's, a page's or a shop's button, the whole line: "Tap to log your symptoms →",
# "Swipe for more insights", "Shop now at Amazon", "Check price on Walmart".
_BUTTON = re.compile(r"\s*(?:(?:tap|swipe|click|press)\s+(?:here\s+)?(?:to|for)\s+[^.!?]{1,40}?"
                     r"\s*[→›»>]?|(?:(?:shop|buy)(?:\s+it)?(?:\s+now)?|(?:check|see|view)\s+"
                     r"(?:the\s+)?(?:latest\s+)?price)\s+(?:at|on|from)\s+[A-Z][\w.&'’ -]{0,30})",
                     re.IGNORECASE)
# A number with its unit of measure: "2.5 mL", "12-17 lbs", "4-11 months".
_MEASURED = re.compile(r"\d\s*(?:mg|mcg|ml|g|kg|lbs?|oz|iu|units?|tablets?|capsules?|days?"
                       r"|weeks?|months?|years?|hours?)\b", re.IGNORECASE)
# Thanks after a few words: "That's really reassuring, thank you.", "Dr Priya Nair,
# thank you."
_THANKED = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.\s+)?[^.!?\n]{1,50},\s+(?:thank\s+you|thanks)"
                      r"(?:\s+(?:so|very)\s+much)?(?:,?\s+[A-Z][a-z]+)?\s*[.!]\s*$")
# Thanks said to the readers ("Thanks for reading The Evidence Brief!", "Wow, thanks
# for the awards, kind strangers!"), not "Thanks to research, 85% of children survive".
_THANKS = re.compile(r"(?:(?:wow|oh|ok|okay|hey|and|also|again)[,!.]?\s+)?(?:many\s+|huge\s+)?"
                     r"(?:thanks|thank\s+you)\b(?!\s+to\b)"
                     # an apology: "We're sorry.", "We are sorry for the inconvenience …",
                     # "Sorry to hear that!" (not "Sorry but Lyme is underdiagnosed")
                     r"|(?:(?:we(?:'|’)re|we\s+are|i(?:'|’)m|i\s+am)\s+(?:very\s+|so\s+|truly\s+"
                     r"|really\s+)?sorry\b(?=\s*[.!]|\s+(?:for|about|to\s+hear))|sorry\s+to\s+hear\b)"
                     # (what follows a dash or an "and" says something: "I'm sorry to hear
                     # about your accident – whiplash is miserable, and …")
                     r"(?![^\n]*(?:\s[–—-]\s|,\s+(?:and|but|so)\s))"
                     r"|we\s+apologi[sz]e\b", re.IGNORECASE)
# A body's registered number: "Company no. SC612384", "Charity number 1187452".
_REGISTERED_NUMBER = re.compile(r"\b(?:company|charity|registration|vat)\s+(?:no\.?|number)\s*:?\s*"
                                r"[A-Z]{0,4}\d", re.IGNORECASE)
# A figure's or a table's caption: "Figure 1. Timeline of symptoms", "Table 2: Results".
_CAPTION = re.compile(r"(?:figure|fig\.|table|box|chart|graph|exhibit|supplementary\s+(?:figure"
                      r"|table))\s*[A-Z]?\d+[a-z]?[.:|]", re.IGNORECASE)
# A post's counts: "142 points · 38 comments", "1.2K likes"; a fundraiser's ("312
# donations", "$18,450 raised of $40,000 goal").
_ENGAGEMENT = re.compile(
    r"[$£€]?[\d.,]+(?:\s+out\s+of\s+\d+)?\s*[KkMm]?\s+(?:(?:global|total|customer)\s+)?(?:points?|comments?|likes?|views?"
    r"|upvotes?|donations?|donors?|supporters?|signatures?"
    r"|raised(?:\s+of\s+(?:an?\s+)?[$£€]?[\d.,]+\s*[KkMm]?(?:\s+(?:goal|target))?)?"
    r"|votes?|shares?|replies|reposts?|retweets?|quotes?|bookmarks?|saves?|claps?|reactions?"
    r"|followers?|subscribers?"
    r"|answers?|thanks?|(?:doctors?|people|members|users)\s+(?:agree|found\s+this\s+helpful)"
    r"|ratings?|reviews?|downloads?|★|stars?)(?:\s*[·•|]\s*[\d.,]+\s*[KkMm]?\s+\w+)*"
    # and the comment's buttons after its count: "12 likes Reply"
    r"(?:\s+(?:reply|report|share|like))*$",
    re.IGNORECASE,
)
_COUNT = re.compile(r"[\d.,]+\s*[KkMm]?")
# A question's count of readers: "Viewed 48k times".
_VIEWS = re.compile(r"(?:viewed|seen|read)\s+[\d.,]+\s*[KkMm]?\s+times$", re.IGNORECASE)
# A form's fields: blanks to fill in ("Lot number: ________") or boxes to tick
# ("☐ Yes   ☐ No"), maybe after their label ("I am: □ a patient  □ a carer").
BOXES = "☐□☑☒"
_FORM_FIELD = re.compile(
    rf"_{{3,}}|^\s*(?:[^{BOXES}\n]{{1,40}}[:?][ \t]*)?(?:[{BOXES}][^{BOXES}]*){{2,}}$")
# A post's author: a name, maybe an emoji, and the handle ("Dr. Sam Okafor 🩺 @DrSamOkafor"),
# maybe the post's age or date ("… @drmayalin · 3h", "… @cdcgov · Mar 3").
_PROFILE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,5}(?:[^\w\s]+\s+)*@\w{2,}"
                      r"(?:[ \t]*[·•|][ \t]*(?:\d{1,2}[smhd]|[A-Z][a-z]{2}\.?[ \t]+\d{1,2}"
                      r"(?:,[ \t]*\d{4})?))?$")
# A page's trail from its home page: "Home › Health A–Z › Sleep".
_BREADCRUMB = re.compile(r"home\s*[›»>/|]\s*\S[^\n]*$", re.IGNORECASE)
# A site's search box: "Search the NHS website", "Search for a drug", "Search
# Trailhead..."; not a heading naming a search ("Search Strategy").
_SEARCH_BOX = re.compile(r"Search(?:\s+(?:for|the|this|our|[a-z][\w'’-]*)\b[^.!?:\n]{0,60}?"
                         r"|\s+[^.!?:\n]{1,60}?(?:\.\.\.|…))?(?:\.\.\.|…)?(?:[ \t]{2,}Search)?")
# A shop's trail, three steps or more (two between "›"): "Health & Personal Care ›
# Vitamins › Magnesium", "You are here: Home > Wellbeing > Physical health"; with that
# lead, a court's database's longer steps between doubled marks ("BAILII >> Databases
# >> England and Wales High Court (King's Bench Division) Decisions >> …").
_TRAIL = re.compile(r"(?:you\s+are\s+here:\s*[^›»>\n]{1,80}"
                    r"(?:[ \t]+[›»>]{1,2}[ \t]+[^›»>\n]{1,80}){2,}"
                    r"|[^›»>\n]{1,40}(?:[ \t]+[›»>][ \t]+[^›»>\n]{1,40}){2,}"
                    # two steps between the trail's own glyph, which prose does not use:
                    # "Valley Courier › Health & Wellness"
                    r"|[^›»>\n]{1,40}[ \t]+›[ \t]+[^›»>\n]{1,40})$", re.IGNORECASE)
# A link to more of the page: "See more answers (3)", "Show more replies", "View all
# reviews ›"; a post's place in a conversation: "Replying to @DrPriyaRaman".
_MORE_LINK = re.compile(r"(?:(?:see|show|view|load|read)\s+(?:more|all)(?:\s+[a-z]+){1,2}"
                        r"(?:\s*\(\d[\d,]*\))?|replying\s+to\s+@\w+(?:\s+and\s+@\w+)?)"
                        r"\s*[›»→]?$", re.IGNORECASE)


def _trail_or_link(line: str) -> bool:
    """A shop's trail or a link to more of the page (a line, stripped); not an
    instruction to follow a trail ("Tap Health > Heart > Irregular Rhythm.")."""
    return bool(_TRAIL.match(line) or _MORE_LINK.match(line)) and not _FOLLOW_TRAIL.match(line)


_FOLLOW_TRAIL = re.compile(r"(?:tap|click|select|choose|open|go\s+to|navigate\s+to)\s",
                           re.IGNORECASE)


# A page's stamp before its date: "Last medically reviewed on", "Updated on".
# A patient portal's: "Results released on 11/12/2026 at 8:14 AM".
_OLD_NOTICE = re.compile(r"this\s+(?:article|story|page)\s+is\s+more\s+than\s+(?:\d+|an?|one|two"
                         r"|three|six)\s+(?:days?|weeks?|months?|years?)\s+old\.?", re.IGNORECASE)
_STAMP = re.compile(r"(?:this\s+(?:version|article|page|story)\s+(?:was\s+)?"
                    r"|(?:test\s+)?(?:results?|report)\s+(?:were\s+|was\s+)?)?(?:last\s+)?"
                    r"(?:medically\s+)?(?:reviewed|updated|modified|revised|edited"
                    r"|published|posted|released|asked|answered)(?:\s+on)?:?\s+", re.IGNORECASE)
# The time of day after a stamp's date: "at 8:14 AM", ", 10:30 a.m. ET".
_CLOCK = re.compile(r",?\s+(?:at\s+)?\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\.?$",
                    re.IGNORECASE)
# A short citation: its authors, the year in brackets and a stop after it ("Kreider RB
# et al. (2017), ISSN position stand on creatine", "Kreider, R. B. (2017). …"); not
# a sentence citing it ("Smith et al. (2017) found …").
_SURNAME = r"[A-Z][\w'’-]+"
_INITIALS = r",?\s+(?:[A-Z]\.?\s*){1,3}"
_AUTHOR_YEAR = re.compile(
    rf"{_SURNAME}(?:{_INITIALS}(?:,?\s+et\s+al\.?)?|,?\s+et\s+al\.?"
    rf"|(?:{_INITIALS})?,?\s+(?:and|&)\s+{_SURNAME}(?:{_INITIALS})?)"
    r",?\s*\((?:19|20)\d\d[a-z]?\)\s*[.,:;]")
# A meeting's procedure, recorded in its minutes: "The meeting was called to order at
# 6:02 p.m.", "Motion to approve the minutes (Ortiz/Feld).", "Carried unanimously."
_PROCEDURE = re.compile(
    r"(?:the\s+)?(?:meeting|session|hearing)\s+(?:was\s+)?(?:called\s+to\s+order|adjourned"
    r"|reconvened|recessed|closed|opened)\b.{0,60}$"
    # "Minutes of 8 August were agreed as a true record (proposed Karen, seconded Brian)."
    r"|(?:the\s+)?minutes\s+of\b.{0,60}\b(?:agreed|approved|accepted|signed)\b.{0,80}$"
    r"|(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:carried|passed|failed|defeated|seconded)"
    r"(?:\s+(?:unanimously|\d+\s*[-–]\s*\d+))?\.?$"
    r"|(?:a\s+)?motion\s+(?:to|for)\s+.{0,120}$"
    # a parliament's forms: "I beg to move, That the Bill be now read a Second time.",
    # "Question put and agreed to.", "Bill accordingly read a Second time; …", "Order.",
    # "Hear, hear.", "[Interruption.]", "I will give way."
    r"|i\s+beg\s+to\s+move\b.{0,160}$|question\s+put(?:\s+and\s+agreed\s+to)?\.?$"
    r"|(?:the\s+)?bill\s+accordingly\s+read\b.{0,160}$"
    r"|(?:\[interruption\.?\]\s*)?(?:order[.!]\s*){1,2}$"
    r"|hear,?\s+hear[.!]?$|\[interruption\.?\]\.?$|i\s+will\s+give\s+way\.?$",
    re.IGNORECASE)
# A production's credit opening its line: "Music by Lo Harbor", "Edited by Tom Ray",
# "Sound design and mixing by …"; the page's other formats: "Transcript available on
# our website".
_PRODUCTION = re.compile(
    r"(?:(?:(?:theme|intro|original)\s+)?music|sound(?:\s+design)?|audio|mixing|editing"
    r"|artwork|cover\s+art|animation|video|graphics|edited|produced|mixed|hosted|narrated"
    # (a document's issuer: "Issued by the Cardiovascular Standards Committee.")
    r"|issued|prepared|compiled|revised|commissioned|authored"
    r"|subtitles|subtitled|captions|captioned"
    r"|transcribed|engineered)(?:\s+(?:and|&)\s+\w+)?\s+by\s+[A-Z]"
    r"|(?:an?\s+|the\s+)?(?:full\s+)?(?:episode\s+)?(?:transcripts?|audio\s+version"
    r"|printable\s+version)\s+(?:available|below)\b",
    re.IGNORECASE)
# A sponsor's credit on its own line: "Presented by FloraBalance Probiotics".
_SPONSOR = re.compile(r"(?:this\s+(?:episode|show|podcast|newsletter|segment|video|issue)\s+is\s+)?"
                      r"(?:presented|sponsored|brought\s+to\s+you|paid\s+for)\s+by\s+\S[^.!?]*$"
                      # an embedded post's credit: "A post shared by Wellness With Kira
                      # (@kira.wellness)"
                      r"|an?\s+(?:post|video|photo|reel)\s+shared\s+by\s+.*\(@[\w.]+\)$",
                      re.IGNORECASE)
# Where a post was put, beside its counts: "Posted in r/AskDocs · 2.4k upvotes".
_POSTED_IN = re.compile(r"(?:posted|shared|submitted)\s+(?:in|to|on)\s+(?:r/|@)?[\w-]+$",
                        re.IGNORECASE)
# A name with its title alone on a line, under a post's title: "Dr. Ana Lopes"; with
# where the writer works: "Dr. Ana Ferreira, School of Biomedical Sciences".
_TITLED_NAME = re.compile(r"(?:Dr|Prof|Professor)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]+){0,3}"
                          rf"(?:,[ \t]*[^,\n]{{0,60}}?\b(?:{_ACADEMIC_UNIT}|University|Hospital"
                          r"|College|Clinic)\b[^,\n]{0,60}){0,2}$")
# A journal's year;volume(issue):pages, or a DOI: "2020;324(5):471-480", "doi:10.1001/…".
_BIBLIOGRAPHIC = re.compile(r"\b(?:19|20)\d\d\s*;\s*\d+\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*[a-z]?\d"
                           r"|\bdoi:\s*10\.\d{4,}/|\bdoi\.org/10\.\d{4,}/", re.IGNORECASE)
# A chapter of a video or a podcast by its start time: "02:15 What is creatine?".
_CHAPTER = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(?:[-–—]\s+)?[A-Z][^.!\n]*$")
# A street address in a line: a number, a name in capitals and the kind of street
# ("2100 Lake Ave", "400 N. Main Street"), or a suite ("Suite 300").
_ADDRESS = re.compile(
    r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road"
    r"|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Highway)\b\.?"
    r"|\b(?:Suite|Ste\.?)\s+\d{1,5}\b")
# A postcode ("Leeds LS6 3AA", "Hartwell HW2 4LD") or a town, state and ZIP code ("San
# Diego, CA 92121").
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b"
                       r"|\b[A-Z][a-z]+,[ \t]+[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b")

_POSTCODE_AT_END = re.compile(rf"(?:{_POSTCODE.pattern})[ \t.]*$")


def ends_with_postcode(text: str) -> bool:
    """``… Manchester M3 2BW``, ``Boise, ID 83705.``: a line ending in an address."""
    return _POSTCODE_AT_END.search(text.strip()) is not None


# A line of hashtags only: a post's tags.
_HASHTAGS = re.compile(r"(?:#\w+[\s,]*){2,}")
# A user's handle and the age of a post: "u/nightshift_nurse · 4h", "@drsam · 2 days ago".
_HANDLE = re.compile(
    r"(?:u/|@)[\w-]+(?:\s*[·•|]\s*(?:\d+\s*(?:[smhdwy]|mins?|minutes?|hours?|hrs?|days?|weeks?"
    r"|months?|years?|yrs?)(?:\s+ago)?|edited|op))*$", re.IGNORECASE)
# A page's feedback widget: "Was this article helpful? Yes / No", "Is this page useful?".
_FEEDBACK = re.compile(
    r"(?:was|is|did\s+you\s+find)\s+this\s+(?:(?:article|page|post|information|content"
    r"|answer|guide|story|video|tool)\s+)?(?:helpful|useful)\??"
    r"(?:\s*(?:yes|no)(?:\s*(?:/|\||or)\s*(?:yes|no))?)?[.!]?$", re.IGNORECASE)
_PERCENTAGE = re.compile(r"\d\s?%")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", re.IGNORECASE)
_URL_INSIDE = re.compile(r"https?://|www\.\w")
_SOURCE_LINK = re.compile(r"(?:retrieved|archived|available|accessed)\s+(?:from|at|on)\b",
                          re.IGNORECASE)
# A link to a file by its type and size: "(PDF, 210 KB)", "[DOCX 1.2 MB]".
_FILE_LINK = re.compile(r"[(\[](?:PDF|DOCX?|XLSX?|PPTX?|EPUB|ZIP)\b[^)\]]{0,12}\d\s*[KMG]B[)\]]",
                        re.IGNORECASE)
_URLISH = re.compile(r"^(?:https?://|www\.)\S+$|^\S+@\S+\.\S+$")




def _one_of(lexicon: str) -> str:
    """A regular expression's alternation of a cue list's phrases, longest first, so that
    "sept" is matched before "sep"."""
    return "|".join(map(re.escape, sorted(cues()[lexicon], key=len, reverse=True)))


@cache
def _date_pattern() -> re.Pattern[str]:
    months, weekdays = _one_of("months"), _one_of("weekdays")
    return re.compile(
        rf"\b(?:(?:{months})\.? (?:\d{{1,2}}(?:st|nd|rd|th)?,? )?\d{{4}}|(?:{months}), \d{{4}}"
        rf"|\d{{1,2}} (?:{months})\.? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
        # "11/12/2026": in figures, with the year's four ("1/2" is a share)
        rf"|\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d"
        # "Saturday, May 3": a day of the week names a date without its year
        rf"|(?:{weekdays})\.?,? (?:{months})\.? \d{{1,2}}(?:st|nd|rd|th)?"
        # "3 yr. ago", "5 hours ago": a post's age
        rf"|\d+ ?(?:yrs?|years?|mos?|months?|wks?|weeks?|days?|d|hrs?|hours?|h|mins?|minutes?)"
        rf"\.? ago)\b",
        re.IGNORECASE,
    )


@cache
def dated_opening() -> re.Pattern[str]:
    """A search result's or a feed's date opening its snippet, with its dash: "12 Jan
    2024 — The short answer is no.", "Mar 18, 2024 — People who …", "3 days ago — Some
    experts think …". A whole date and an em dash: not a timeline's line ("January 1922 –
    Leonard Thompson becomes …") nor a weekday's in a schedule ("Mon, May 20 — Booked")."""
    months = _one_of("months")
    return re.compile(rf"(?:\d{{1,2}} (?:{months})\.? \d{{4}}|(?:{months})\.? \d{{1,2}}, \d{{4}}"
                      r"|\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago)"
                      r"[ \t]+—(?=[ \t]+[\"“‘']?(?-i:[A-Z]))", re.IGNORECASE)


@cache
def _access_note() -> re.Pattern[str]:
    """A web source's access date ending a line: "…, accessed March 2, 2025",
    "Retrieved on 3 June 2024." (whatever the tagger makes of the verb)."""
    return re.compile(rf"\b(?:accessed|retrieved)(?:\s+on)?:?\s+(?:{_date_pattern().pattern})"
                      r"\s*\.?$", re.IGNORECASE)


def has_date(text: str) -> bool:
    return bool(_date_pattern().search(text))


_TRAILING_MARKERS = re.compile(r"(?:\s?\[[^\[\]]{1,30}\])+$")


@lru_cache(maxsize=4096)  # asked of one span's text by rule after rule
def final_char(text: str) -> str:
    # A trailing "Â" is a scraped no-break space read in the wrong encoding; a
    # citation marker after the stop ("… in 1970.[6]") and emoji ("… by 30%! 🙌")
    # do not end the sentence, nor Markdown's emphasis ("**Is milk safe?**"), nor a
    # form's mark of a required field ("How old are you? *").
    text = _TRAILING_MARKERS.sub("", text.rstrip())
    stripped = _without_emoji(text.rstrip().rstrip("Â").rstrip()).rstrip(_CLOSERS + "*_")
    if stripped.endswith(" ") and text.rstrip().endswith("*"):
        stripped = stripped.rstrip()
    return stripped[-1:] if stripped else ""


def _emoji(char: str) -> bool:
    """A pictograph or dingbat, or the variation selector and joiner of one."""
    code = ord(char)
    return 0x1F300 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or code in (0xFE0F, 0x200D)


def _without_emoji(text: str) -> str:
    """`text` less the emoji (and the white space between them) at its end."""
    end = len(text)
    while end and (_emoji(text[end - 1]) or (text[end - 1].isspace() and end < len(text))):
        end -= 1
    return text[:end].rstrip() if end < len(text) else text


def is_verb(token: Token) -> bool:
    return token.tag_.startswith(("VB", "MD")) or token.pos_ in ("VERB", "AUX")


def is_finite(token: Token) -> bool:
    return token.tag_ in ("VBZ", "VBP", "VBD", "MD")


# A verb in one of these functions is a misparsed noun or a modifier ("explained
# text:"), not the predicate of a clause.
_NOMINAL_DEPS = {"amod", "compound", "nmod", "poss", "npadvmod", "dobj", "pobj", "appos"}


def has_predicate(span: Span) -> bool:
    """Whether `span` has a verb heading a clause (unparsed text: assume it has)."""
    if not is_parsed(span):
        return True
    return any(is_verb(t) and t.dep_ not in _NOMINAL_DEPS for t in span)


def has_finite(span: Span) -> bool:
    return any(is_finite(t) for t in span)


def root_of(span: Span) -> Token:
    """The clause's own root: of the tokens whose head lies outside `span`, the one
    governing most of it (a split-off ``but …`` has its ``cc`` hanging outside too).
    Found once per span and kept with its doc (the kinds, promo and the stored
    parse all ask)."""
    # Keyed as spaCy keys its own extension values, so the doc still serialises.
    key = (_ROOT, span.start, span.end)
    found = span.doc.user_data.get(key)
    if found is None:
        found = span.doc.user_data[key] = _root_index(span)
    return span.doc[found]


_ROOT = "annotator.root"


def doc_text(doc: Doc) -> str:
    """``doc.text`` without building it again: spaCy joins the tokens anew on every
    access, and the rules ask for the same text many times. Joined once and kept
    with the doc (as :func:`root_of` keeps roots)."""
    whole = doc.user_data.get(_TEXT)
    if whole is None:
        whole = doc.user_data[_TEXT] = doc.text
    return whole


def text_of(span: Span) -> str:
    """``span.text`` without building it: a slice of :func:`doc_text`."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def opens_line(span: Span) -> bool:
    """Whether `span` begins a line of its doc's text, after any spaces or tabs (the
    doc's first line too)."""
    whole = doc_text(span.doc)
    i = span.start_char
    while i > 0 and whole[i - 1] in " \t":
        i -= 1
    return i == 0 or whole[i - 1] == "\n"


def line_ends_at(text: str, end: int) -> bool:
    """Whether only spaces or tabs stand between `end` and the end of its line in `text`."""
    return text[end:].lstrip(" \t")[:1] in ("\n", "")


def ends_line(span: Span) -> bool:
    """Whether `span` ends a line of its doc's text (only spaces or tabs after it)."""
    return line_ends_at(doc_text(span.doc), span.end_char)


_TEXT = ("annotator.text",)


def _root_index(span: Span) -> int:
    start, end = span.start, span.end
    outside = [t for t in span if not (start <= t.head.i < end) or t.head.i == t.i]
    if not outside:
        return start
    # A token's subtree is contiguous (the parser's trees are projective): its
    # share of the span is read off its edges, not by walking it (a sentence
    # thousands of tokens long would make that quadratic).
    return max(outside, key=lambda t: min(t.right_edge.i + 1, end) - max(t.left_edge.i, start)).i


def _subjects(token: Token) -> list[Token]:
    subjects = [c for c in token.children if c.dep_ in SUBJECTS]
    # "you or someone you know": the conjuncts of a subject are subjects too.
    return subjects + [c for s in subjects for c in s.conjuncts]


def is_parsed(span: Span) -> bool:
    """Whether the pipeline parsed the doc: a parsed doc has a dependency label
    on every token, so its first says it (``Doc.has_annotation`` walks them all,
    which made checking every sentence of a long paragraph quadratic)."""
    doc = span.doc
    return len(doc) > 0 and doc[0].dep != 0


# --- meta and headings -------------------------------------------------------


@cache
def _message_stamp() -> re.Pattern[str]:
    """A message's time stamp in an exported thread: "Mon, 3 Mar at 10:42", "Tue 4 March
    2025, 16:05", "Mar 3 at 9:31 AM", "Yesterday at 17:48" (the cue lists' months and
    days, as a date's)."""
    month = rf"(?:{_one_of('months')})\.?"
    return re.compile(
        rf"(?:(?:(?:{_one_of('weekdays')})\.?,?\s+)?"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{month}|{month}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
        r"(?:,?\s+\d{4})?|yesterday|today)"
        r",?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)


def is_stamp(text: str) -> bool:
    """A page's or a version's stamp and its date, nothing else: "Last medically reviewed
    on February 2, 2026", "this version posted January 18, 2026."."""
    line = text.strip()
    stamp = _STAMP.match(line)
    return stamp is not None and _date_pattern().fullmatch(
        _CLOCK.sub("", line[stamp.end():]).rstrip(".")) is not None


def _marked_authors(text: str) -> bool:
    """A paper's author line, two names or more, some with an affiliation's mark."""
    line = text.strip()
    if "\n" in line or len(line) > 300:
        return False
    # (a comma between two marks joins them: "Rajiv Menon¹,³")
    names = [n.strip() for n in re.split(rf",(?![\d{_MARKS}])\s*(?:and\s+)?|\s+and\s+", line)
             if n.strip()]
    return len(names) >= 2 and all(_MARKED_NAME.fullmatch(n) for n in names) and any(
        n[-1] in "0123456789" + _MARKS for n in names)


_POSTSCRIPT = re.compile(r"P\.(?:P\.)?S\.:?|P?PS:")
# An editor's note in square brackets, in lower case: "[citation needed]", "[crosstalk]".
_NOTE = re.compile(r"\[[a-z][a-z ]{2,24}\]")


def is_caption(line: str) -> bool:
    """A figure's or a table's caption: ``Table 1: Deaths by sex, 2022 and 2023``."""
    return _CAPTION.match(line.strip()) is not None


def is_study_title(line: str) -> bool:
    """A paper's title naming its design after a colon: ``…: a cohort study``."""
    return _STUDY_TITLE.search(line.rstrip()) is not None


# The mark opening a footnote's line, glued to its first word: "*30 tablets of …", "†Data
# from 2023." ("* Based on …" with a space is a bullet; "**Bold**" is emphasis).
_FOOTNOTE_MARK = re.compile(r"[*†‡](?=[A-Za-z0-9])(?![^*\n]*\*)"
                            # a superscript number opening a note's line: "¹ NHS England,
                            # Health Survey for England 2022."
                            r"|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}[ \t]+(?=[A-Z])")
# A signature in a voter's pamphlet: "s/ Anita Ruiz, MD, Pediatrician"
_SLASH_SIGNED = re.compile(r"\s*s/[ \t]+[A-Z][^\n]{2,100}")



def is_meta(span: Span, row: bool = False) -> bool:
    """Dateline, byline, bare address, a verbless label ending in ':', or debris
    (fewer than two letters: a stray mojibake ``Â`` of a scraped page, a lone ``•``);
    `row`: the span is a table's row (the caller knows its layout)."""
    text = text_of(span)
    finite = any(is_finite(t) for t in span)
    # A line of a table's data, among lines of as many cells ("2010-11  84.2",
    # "16/07/2024\t<10\t10", "S\t18–21\t28–35\t3–5"), says what the table finds.
    data = (row and holds_data(text)) or is_row_of_data(span)
    if _URLISH.match(text) or not (data or any(t.is_alpha for t in span)):
        return True
    if _AFFILIATIONS.fullmatch(text.strip()) or (
            not finite and "\n" not in text.strip() and (_AFFILIATION.match(text.strip())
                                                        or _ADDRESSED.match(text.strip()))):
        # "1Epidemic Intelligence Service, CDC; 2Ohio Department of Health.";
        # "Department of Infectious Diseases, Fjordland University Hospital, Bergen, Norway"
        return True
    if is_stamp(text) or _message_stamp().fullmatch(text.strip()):
        # "this version posted January 18, 2026." after a preprint's DOI; a message's
        # "Mon, 3 Mar at 10:42"
        return True
    if _SAID_LINE.fullmatch(text.strip()) and opens_line(span):
        # who speaks the quotation under it, on a line of its own: "Dr Rachel Onyango,
        # Chief Executive of LungHealth UK, said:", "He said:"
        return True
    if _SLASH_SIGNED.fullmatch(text.rstrip()):
        return True  # "s/ Robert Hale, Chair, Oakmont Taxpayers Association"
    if _SCHEDULE_ROW.match(text) and len(CELLS.split(text.strip())) >= 2:
        return True  # a programme's row: "09:30 | Keynote: Heat, work and the body | Great Hall"
    if _FOOTNOTE_MARK.match(text) and opens_line(span):
        return True  # a footnote's first sentence: "*Subject to status.", "*Based on …"
    if _marked_authors(text):
        return True  # "Lena Hartmann1, Tomás Ruiz2*, Priya Nair1"
    if _STAGE.fullmatch(text.strip()) and not any(t.tag_ in ("VBD", "VBN", "MD") for t in span):
        return True  # "(Audience gasps)"; not "(Results varied)"
    if not finite and _furniture_words(text):
        return True  # "Not medical advice." before a sentence on its line
    if "\n" not in (line := text.strip()) and _forum_line(line):
        return True  # "level 1" over a commenter's line, inside a block of lines
    if _STARS.match(text) or _RATING_ROW.fullmatch(text.strip()):
        # a reader's review: "★★★★☆ “Long wait but worth it.” — Mark S."; a row of a
        # shop's count of ratings: "4 stars\t12%"
        return True
    if "\n" not in text.strip() and _ACTIVITY.match(text.strip()):
        return True  # a reader's comment stamped with its age: "“…” — Tom B. · 3 days ago"
    if "\n" not in (line := text.strip()) and _trail_or_link(line):
        return True  # a shop's trail or a link to more inside a block of lines
    if _PLAYER_BAR.search(text):
        return True  # a player's controls: "0:00 ───────── -0:58   🔊   ☎ Call back"
    if _FORM_FIELD.search(text) and text[-1:] not in ".!?":
        return True  # a form's boxes after its question: "☐ Yes   ☐ No"
    if (not _has_letters(text, MIN_LETTERS) and not data) or _POSTSCRIPT.fullmatch(text.strip()):
        return True
    if _EXAM_MARKS.fullmatch(text.strip()):
        return True  # an exam question's marks: "[2 marks]", "(Total 6 marks)"
    if text[:1] in "([" and text[-1:] in ")]" and (not finite or _NOTE.fullmatch(text)):
        # a credit or a note: "(AP Photo/Teresa Crawford)", "[citation needed]" (where
        # the parser reads "needed" as a verb in the past)
        return True
    if not has_predicate(span) and (_URL_INSIDE.search(text) or (
            _EMAIL.search(text) and not reads_as_command(span)) or (
            _mostly_symbols(text) and not _PERCENTAGE.search(text)
            and not (" | " in text and _MEASURED.search(text)) and not _data_row(text)
            and not data)):
        # "Available at: https://…", "Maria Lopez, mlopez@cdc.gov.", "609-730-3061
        # (office)"; a range of shares is a value ("Prediabetes: 5.7% to 6.4%"), and so
        # is a table's row of measures ("12-17 lbs | 4-11 months | 2.5 mL")
        return True
    if not finite and _FILE_LINK.search(text):
        return True  # a download: "Printable version (PDF, 210 KB)"
    if _SOURCE_LINK.match(text) and _URL_INSIDE.search(text):
        return True  # 'Retrieved from "https://en.wikipedia.org/…"', whatever the tag
    if has_date(text) and not finite and len(text.split()) <= 30 and not data:
        return True
    if not finite and len(text.split()) <= 8 and (_credit().search(text)
                                                  or _PRODUCTION.match(text.strip())):
        return True  # "Getty Images", "Photo by Jane Doe", "Music by Lo Harbor."
    if _PROCEDURE.match(text.strip()):
        return True  # "The meeting adjourned at 7:40 p.m.", "Carried unanimously."
    if _AUTHOR_YEAR.match(text.strip()):
        return True  # "Kreider RB et al. (2017), ISSN position stand on creatine"
    if text.lstrip().startswith("©"):
        return True  # "© 2024 SymptoMate Health Ltd · Privacy policy · Cookie settings"
    lowered = text.lower()
    # A sentence of boilerplate, with a verb or a full stop ("Reprinted by permission
    # of Harbor Books."); a heading naming it ("Forward-Looking Statements") is none.
    if (finite or final_char(text) == ".") and (
            is_boilerplate(text) or _mentions(text, "boilerplate_sentences")
            or _DISCLAIMER.match(text.lstrip("*† "))
            or _mentions(text.lstrip("*† "), "boilerplate_openers", at_start=True)
            or _COPYRIGHT.match(text.lstrip()) or _HATNOTE.match(text.lstrip())):
        return True
    if _REGISTERED_NUMBER.search(text) and not finite:
        return True  # "Company no. SC612384", "Registered charity number 1187452"
    if finite and _may_change(span):
        return True  # "Timetable may change at short notice.", "Prices … may have changed."
    if _WELCOME.match(text) or _THANKS.match(text) or _SIGN_OFF.match(text) \
            or _INTRODUCED.match(text) or _THANKED.match(text) or _CALLER.match(text) \
            or _CHAIRING.match(text) or _ON_AIR.match(text) \
            or _SPONSOR.match(text.rstrip().rstrip(".")):
        # "Welcome to this week's newsletter!", "Wow, thanks for the awards!",
        # "That's all for this week."
        return True
    if _BUTTON.fullmatch(text.rstrip()):
        return True  # "Tap to log your symptoms →", "Shop now at Amazon"
    if not finite and _answer_row(text):
        return True  # a poll's or a feedback box's choices: "Yes ○ No ○ Sometimes"
    if not finite and _SALUTATION.fullmatch(text.strip()):
        return True  # "Hi Reddit!"
    if _CHAPTER.match(text.strip()) and len(text.split()) <= 10:
        return True  # a show's chapters: "10:40 Creatine and memory", "9:45 Who should not fast"
    if _HASHTAGS.fullmatch(text.strip()):
        return True  # "#fasting #insulin #health"
    if not finite and len(text) < 150 and "\n" not in text.strip() and _ADDRESS.search(text):
        return True  # "Riverside Clinical Research · 2100 Lake Ave, Suite 300"
    if len(text) < 150 and "\n" not in text.strip() and _POSTCODE.search(text) and not any(
            is_finite(t) and not t.text[:1].isupper() for t in span) \
            and not reads_as_command(span):
        # "17–19 Otley Road, Leeds LS6 3AA" (a town read as a verb is none), "Boise, ID
        # 83705"; not "Our clinic at … LS6 3AA opens at 9am", nor "Write to us at …"
        return True
    if finite and is_signpost(span):
        return True  # "This interview has been edited for length and clarity."
    if finite and text.endswith(":") and names_boilerplate_section(text):
        return True  # "How we reviewed this article:"
    if not finite and len(text.split()) <= 4 and is_parsed(span) and (
            (lemma := root_of(span).lemma_.lower()) in cues()["bio_nouns"]
            or lemma in cues()["professions"]):
        return True  # an author's bio in fragments: "Health writer. Former nurse."
    if _opens_with_furniture_label(text):
        return True  # "Read more: What are the signs of ADHD?" inside a paragraph
    if is_citation(span):
        return True
    if not finite and _WIRE_REPORTS.match(text):
        return True  # "Compiled by staff from news services."
    if _WIRE_CREDIT.match(text):
        return True  # "Reporting by Hannah Ellwood in London; Editing by Sarah Young"
    if text[:1] in "—–" and not finite and len(text.split()) <= 8:
        return True  # a signature or attribution line: "— Worried in Ohio"
    opener = next((o for o in cues()["byline_openers"] if lowered.startswith(o + " ")), None)
    # "Published 3 June 2024": the opener itself may be tagged as a verb.
    if opener is not None and not any(
            is_finite(t) for t in span if t.idx - span.start_char >= len(opener)):
        # "By Jane Doe", "Updated March 3"; not "By the numbers" (a byline names someone),
        # while "Compiled by the Herald health desk" or "Written by the editors" is one
        # ("By the Bone & Joint Team" too: "the" and a capitalized name of a group
        # of writers; "By the Numbers" names no one).
        # A column's "with Margaret Doyle, retired district nurse": a name after a
        # "with" in lower case (not a heading's "With friends like these").
        after = text[len(opener) + 1 :].lstrip()
        if opener == "with":
            named = text.startswith("with ") and after[:1].isupper()
        else:
            named = opener != "by" or after[:1].isupper() or (
                re.match(r"(?i)the\s+[A-Z]", after) is not None
                and bool(set(_letter_words(text)) & set(cues()["writer_groups"])))
        # (a stop ends it only after "… by": "Written by the pharmacy team at Hollins &
        # Grey Pharmacy.", not "Updated guidance." nor "By 2030.")
        if named and len(text.split()) <= 12 and (span[-1].text != "."
                                                  or opener.endswith(" by")):
            return True
    return not data and _piped_meta(span)  # a table's row of figures is no byline's parts


@cache
def _signpost_opener() -> re.Pattern[str]:
    return re.compile(rf"(?:{_one_of('signpost_openers')})\b", re.IGNORECASE)


def is_signpost(span: Span) -> bool:
    """An editorial note on the text itself: "This interview has been edited for
    length and clarity", "This story was updated to correct …" (both lists in
    ``data/cues.json``). A preview of what the article says ("This article
    explains how …", "Here's what the research says …") is a claim, as
    ../shared/gold/README.md rules for "Here's a comprehensive guide to help you
    navigate the world of CBD."; a lead-in ending in ':' is never a note."""
    text = text_of(span).strip()
    if text.endswith(":") or not _signpost_opener().match(text):
        return False
    # A note is said of the text, in the passive: "has been edited", "was reviewed by".
    return any(t.tag_ == "VBN" and t.lemma_.lower() in cues()["signpost_verbs"] for t in span)


def _piped_meta(span: Span) -> bool:
    """``By Maria Lopez, Health Reporter | Published 3 June 2024``: a line of
    parts between bars, each of them meta."""
    text = text_of(span)
    if " | " not in text:
        return False
    parts, offset = [], 0
    for part in text.split(" | "):
        piece = span.char_span(offset, offset + len(part), alignment_mode="expand")
        offset += len(part) + 3
        if piece is None or not piece.text.strip():
            return False
        parts.append(piece)
    return all(is_meta(piece) for piece in parts)


TITLE = r"(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?"
_BRACKETED = re.compile(r"\([^()]*\)")
# An amount measured in a unit: "22.1g", "514kcal", "32%", "5.3 mmol/L".
AMOUNT = re.compile(r"\d[\d.,]*\s*(?:%|(?:g|mg|mcg|µg|kg|kcal|kj|ml|mmol/l|mg/dl|iu|mmhg)\b)",
                    re.IGNORECASE)
# A paper's title naming its design after a colon: "…: a retrospective cohort study".
_STUDY_TITLE = re.compile(r":\s+(?:a|an|the)\s+[^.:;!?]{0,80}\b(?:trial|study|review|analysis"
                          r"|meta-analysis|audit|survey|series|report|evaluation)"
                          r"(?:\s+(?:using|in|of|with|from|among|across|at|for)\s+[^.:;!?]{1,60})?$",
                          re.IGNORECASE)
# A row of a count of ratings by stars: "5 stars\t78%", "4 star (212)".
_RATING_ROW = re.compile(r"[1-5]\s*stars?\s*[\t:|·(-]*\s*[\d.,]+\s*%?\)?", re.IGNORECASE)
# A rating in stars ("★★★★☆"); opening a line, alone or under a label ("Dose
# accuracy: ★★★★★"), it is a reader's review, not the article.
_STAR_RUN = re.compile(r"[★☆⭐✩✪]{3,}")
_STARS = re.compile(r"[ \t]*(?:[^\W\d_][\w ]{0,20}:[ \t]*)?" + _STAR_RUN.pattern)
_BYLINE_NAME = re.compile(
    r"(?i:(?:(?:written|reviewed|medically reviewed|edited|fact[- ]checked|posted)\s+)?by)\s+"
    r"((?:Dr\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})")


def byline_names(text: str) -> list[str]:
    """``Jane Doe`` of ``By Jane Doe, MD | Updated …``: who wrote the article; not who
    reviewed it ("Medically reviewed by Sarah Okafor, MCSP." over a feature quoting her)."""
    match = _BYLINE_NAME.match(text)
    return [match[1].rstrip(".")] if match and not _REVIEWED_BY.match(text) else []


_REVIEWED_BY = re.compile(r"(?:medically\s+)?(?:reviewed|fact[- ]checked)\s+by\b", re.IGNORECASE)


_SIGNED = re.compile(rf"(?:{TITLE}\s+)?({_NAME})(?:,\s*{_DEGREES}[\d,*†‡]*)*\.?")


def signed_name(text: str) -> str:
    """``Anita Patel`` of the signature ``Dr. Anita Patel`` or ``Anita Patel, MD``;
    empty when the line is not a name."""
    match = _SIGNED.fullmatch(text.strip())
    return match[1] if match else ""


def is_bio(text: str, authors: list[str], writer: bool) -> bool:
    """An author's bio: it opens with the byline's name (``Jane Doe, MD, is a sleep
    physician …``), or it says a named person is a writer (`writer`: see
    :func:`names_a_writer`). The byline's surname after a title counts as the
    name (``Dr. Price is a psychiatrist …`` under ``By Dr. Leonard Price``)."""
    text = text.lstrip()
    return writer or any(
        (opening := re.match(
            rf"(?:{re.escape(name)}|{TITLE}\s+{re.escape(name.split()[-1])})\b(?![’']s\b)",
            text)) and not _REPORTED.match(text, opening.end())
        for name in authors)


# The writer reported as speaking, not introduced: "Ms. Brandt reported 14 cases …"
# in minutes she signs.
_REPORTED = re.compile(r"\s+(?:reported|said|told|presented|noted|explained|added|answered"
                       r"|asked|stated|moved|proposed|announced)\b")


def names_a_writer(span: Span) -> bool:
    """``Sam Lee is a freelance health journalist …``: a named person is a writer;
    ``The writer is a past president of …``: a letter's or an op-ed's tagline."""
    if not is_parsed(span):
        return False
    root = root_of(span)
    if root.lemma_ != "be":
        return False
    subjects = _subjects(root)
    attributes = [c for c in root.children if c.dep_ == "attr"]
    if attributes and any(_is_the_writer(s) for s in subjects):
        return True
    named = any(t.tag_ == "NNP" for s in subjects for t in s.subtree)
    return named and any(c.lemma_.lower() in cues()["bio_nouns"] for c in attributes)


def _is_the_writer(subject: Token) -> bool:
    """The text's own writer: "The writer" or "The authors" alone, no "of …"."""
    words = list(subject.subtree)
    return len(words) == 2 and words[0].lower_ == "the" \
        and subject.lemma_.lower() in ("writer", "author")


# A speaker's line before a quotation: a name (maybe titled, maybe with a role after a
# comma) or a pronoun, then the verb saying and a colon; not "Here's what the research
# says:" (what is said, not who).
_SAID_LINE = re.compile(
    rf"(?:(?:(?:{TITLE}|Professor|Nurse)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}"
    r"(?:,[^:\n]{1,160})?|He|She|They)\s+(?:said|says|added|adds|commented|comments|explained"
    r"|explains|continued|concluded)\s*:")
# A person named by a title before a colon: who speaks, not a source.
_TITLED_SPEAKER = re.compile(rf"[\[(]?\s*(?:{TITLE}|Professor|Nurse)\s+[A-Z][\w'’-]*"
                             r"(?:\s+[A-Z][\w'’-]*){0,2}\s*:")


def is_citation(span: Span) -> bool:
    """A source line: ``Mayo Clinic: “Antidepressants and weight gain.”``, or a
    paper's reference without a verb (``JAMA. 2020;324(5):471-480. doi:10.1001/…``);
    not a quotation introduced by its speaker (``He concluded: “…``), whose label
    has a verb."""
    text = text_of(span)
    if _BIBLIOGRAPHIC.search(text) and not has_finite(span):
        return True
    if _access_note().search(text):
        return True  # 'USDA FoodData Central, "Celery juice," accessed March 2, 2025
    match = _CITATION.match(text)
    if not match:
        return False
    label = span.char_span(0, text.index(":"), alignment_mode="contract")
    if label is not None and (has_finite(label) or (
            opens_instruction(label) and label[0].tag_ == "VB")):
        return False  # a speaker's clause; an instruction ('Ask directly: "Are you …?"'),
        # not a name ("Sleep Foundation: “Melatonin and Sleep”")
    if _TITLED_SPEAKER.match(text):
        return False  # a person's words: "[Dr Menon: “Manufacturers use …"
    # A headline quoting a title goes on after it: 'Book review: "The Gut Reset"
    # promises more than the science can deliver'; a source lists more titles.
    close = _CLOSING_QUOTE.search(text, match.end())
    if close is None:
        return True
    more = _OPENING_QUOTE.search(text, close.end())
    rest = span.char_span(close.end(), more.start() if more else len(text),
                          alignment_mode="contract")
    return not (rest and has_finite(rest))


def _label(text: str) -> str | None:
    """``Keywords`` of ``Keywords: melatonin; insomnia``: a short label opening `text`."""
    head, colon, _ = text.partition(":")
    if not colon or len(head.split()) > 4 or not head.strip():
        return None
    return head.strip().lower()


# A forum's nesting and score lines: "level 2", "-38 points", "2.1k points · …".
_POINTS = r"-?\d[\d.,]*k?\s+points?"
_THREAD_LINE = re.compile(rf"level \d{{1,2}}|{_POINTS}", re.IGNORECASE)
_SCORE = re.compile(rf"{_POINTS}\s*[·•|]\s*", re.IGNORECASE)
# A row of a post's buttons: "Reply Share Report Save", "Like · Comment · Repost · Send".
_BUTTON_WORDS = {"reply", "share", "report", "save", "like", "comment", "comments", "repost",
                 "send", "follow", "print", "email", "hide", "edit", "delete", "award", "more"}


def _forum_line(line: str) -> bool:
    """A forum's nesting or score line, or a row of a post's buttons (after its score)."""
    if _THREAD_LINE.fullmatch(line):
        return True
    words = re.findall(r"[^\W\d_]+", _SCORE.sub("", line, count=1).lower())
    return len(words) >= 2 and set(words) <= _BUTTON_WORDS


def is_furniture_line(text: str) -> bool:
    """A page's furniture: a line such as ``Advertisement`` or ``Subscribe to our
    newsletter``, or one opening with a label such as ``Keywords:``, ``Photo:``,
    ``Last reviewed:``, ``Related:`` (both lists in ``data/cues.json``)."""
    if _furniture_words(text) or _PAGE.match(text.strip()):
        return True  # "Advertisement", "Subscribe to our newsletter", "Page 2 of 3"
    line = text.strip()
    if _forum_line(line):
        return True  # "level 2", "2.1k points · Reply Share Report Save"
    if line[-1:].isdigit() and "\n" not in line and (
            _RUNNING_LINE.match(line) or _CONTENTS_LINE.fullmatch(line)):
        # a PDF's running head or foot; a table of contents' line ("Your results<tab>page 6")
        return True
    if _BREADCRUMB.match(line) or _trail_or_link(line) or _SEARCH_BOX.fullmatch(line):
        # "Home › Health A–Z › Sleep", "See more answers (3)", "Search toys, brands and ages..."
        return True
    if is_stamp(line) or _OLD_NOTICE.fullmatch(line):
        # "Last medically reviewed on February 2, 2026", "Updated on May 3, 2025", "This
        # article is more than 1 month old"
        return True
    if is_letter_line(line) or (_COPYRIGHT.match(line) and (
            not _SENTENCES.search(line) or is_boilerplate(line))):
        return True  # "Hi Sarah,", "Sincerely,", "Maria Rossi, MD, PhD", "© 2024 …"
    if len(line) < 200 and "\n" not in line and (
            (_CAPTION.match(line) and line.endswith("."))  # a table's title heads its rows
            or _ENGAGEMENT.match(line) or _TITLED_NAME.match(line) or _COMMENTER.match(line)
            or _HANDLE.match(line) or _PROFILE.match(line) or _SPONSOR.match(line)
            or _ACTIVITY.match(line) or _VIEWS.match(line) or _THREAD_TEASER.match(line)):
        return True  # "Figure 1. Timeline …", "142 points · 38 comments", "u/jen · 4h"
    if len(line) < 200 and ("  " in line or any(bar in line for bar in "|•·")):
        parts = re.split(r"[ \t]+[|•·][ \t]+|[ \t]{2,}", line)
        counts = [bool(_COUNT.fullmatch(p)) for p in parts]
        if len(parts) > 1 and not all(counts) and all(
                counted or _furniture_words(p) or _ENGAGEMENT.match(p) or _POSTED_IN.match(p)
                for p, counted in zip(parts, counts, strict=True)):
            # "Unsubscribe | Update your preferences", "12 likes · Reply · Report",
            # "Reply · Share · 1.2k", "Posted in r/AskDocs · 2.4k upvotes"
            return True
    if turn_opening_only(text):
        return True  # a transcript's "[00:01:05] HOST:", an interview's "Q."
    if _WIRE_SOURCE.match(text):
        return True  # a newswire release's last line: "SOURCE Acme Pharma, Inc."
    if _FEEDBACK.match(line):
        return True  # "Was this article helpful? Yes / No"
    return _opens_with_furniture_label(text)


def _furniture_words(text: str) -> bool:
    """``Advertisement``, ``Share``, ``Leave a comment``: a page's words, not the article's."""
    return text.strip(" .!:|»›>→➡⇒👉↑⬆\ufe0f").lower() in cues()["furniture_lines"]


def _opens_with_furniture_label(text: str) -> bool:
    """``Keywords: …``, ``Read more: …``: a label of a page's furniture and a colon;
    also a journal's compound labels, ``Funding/Support:``, ``Conflict of Interest
    Disclosures:`` (a part, or a phrase of several words, of the list)."""
    label = _label(text) if ":" in text[:60] else None
    if label is None:
        return False
    labels = cues()["furniture_labels"]
    return label in labels or any(part.strip() in labels for part in re.split(r"[/&]", label)) \
        or any(" " in phrase and phrase in label for phrase in labels) \
        or (label.endswith(" by") and _NAMED.match(text.partition(":")[2]) is not None)


# A credit's value: a person's or a body's name of several capitalised words
# ("Report By: Priya Venkataraman - ST4", "Search checked by: Dr Owen Fairclough"),
# not what causes or carries a disease ("Spread by: Aedes mosquitoes").
_NAMED = re.compile(rf"\s*(?:(?:{TITLE}|Professor)\s+)?[A-Z][\w'’.-]*\s+[A-Z][\w'’-]")


def names_part(text: str) -> bool:
    """``Results``, ``Main outcome measures``: the name of a part of an abstract or a fact
    check (``part_labels``), as written, capitalised."""
    return text[:1].isupper() and text.strip().lower() in cues()["part_labels"]


def opens_with_bare_part(line: str) -> bool:
    """``Results Among 4,120 participants …``: a line opening with the name of a part of
    an abstract, without a colon, then a capital."""
    words = line.split()
    return any(names_part(" ".join(words[:n])) and words[n][:1].isupper()
               for n in range(1, min(len(words), LABEL_MAX_WORDS + 1)))


def opens_with_part_label(text: str) -> bool:
    """``Conclusions: …``, ``Case presentation: …``: a sentence opening with the label of
    a part of an abstract or a fact check (``part_labels``)."""
    label = _label(text) if ":" in text[:40] else None
    return label is not None and label in cues()["part_labels"]


def is_letter_line(text: str) -> bool:
    """A line of a letter's or an email's frame: its greeting (``Hi Sarah,``,
    ``Dear Editor,``), its closing (``Sincerely,``, ``Until next time,``) or a
    signature's name with degrees (``Maria Rossi, MD, PhD``)."""
    line = text.strip()
    if ";" in line and "\n" not in line and len(line) <= 300:
        # A paper's authors: "Jane Doe, MD, PhD; Mark Lee, MPH".
        return all(_SIGNATURE.match(name.strip()) for name in line.split(";"))
    if len(line) > 120 or "\n" in line or len(line.split()) > 8:
        return False
    return bool(_SALUTATION.match(line) or _VALEDICTION.match(line) or _SIGNATURE.match(line))


def is_closing(text: str) -> bool:
    """A letter's or an email's closing line: the lines under it sign it."""
    return bool(_VALEDICTION.match(text.strip()))


def is_turn_label(text: str) -> bool:
    """``Q:`` and ``A:`` of an interview or FAQ, or a speaker's name in capitals
    (``HOST:``, ``DR. PATEL:``) in a transcript: who speaks, not what is claimed; or a
    member of a chamber named with a seat and a party (``Sir Geoffrey Dunn (Harbury and
    Stoke Vale) (Con):``) or with a post (``Madam Deputy Speaker (Dame Eleanor Price):``)."""
    if _MEMBER.fullmatch(text.partition(":")[0].strip()):
        return True
    label = _label(text)
    if label is None:
        return False
    head, _, words = text.partition(":")
    # "SHINGLES VACCINATION: GUIDANCE FOR …" is a title in capitals, not a turn, and
    # "BACKGROUND:", "CLAIM:" label a part of an abstract or a fact check: nobody speaks.
    return label in cues()["turn_labels"] or (
        _SPEAKER.fullmatch(head.strip()) is not None and words != words.upper()
        and label not in cues()["part_labels"])


@cache
def _credit() -> re.Pattern[str]:
    """A photo credit's words, whole ("AFP", not the letters inside a word)."""
    return re.compile(rf"\b(?:{_one_of('photo_credits')})\b", re.IGNORECASE)


@cache
def _phrases(lexicon: str) -> re.Pattern[str]:
    """A cue list's phrases as one alternation: one scan of a text, not one per phrase."""
    return re.compile("|".join(map(re.escape, sorted(cues()[lexicon], key=len, reverse=True))))


def _mentions(text: str, lexicon: str, at_start: bool = False) -> bool:
    """Whether `text` contains (or, with `at_start`, opens with) a phrase of a cue list."""
    found = _phrases(lexicon)
    lowered = text.lower()
    return bool(found.match(lowered) if at_start else found.search(lowered))


# A shop's offer: "Shop now & save 20% today.", "Free delivery over £25.", "HALF PRICE*".
_OFFER = re.compile(r"\bsave (?:up to )?(?<![\d.])\d{1,2}%|(?<![\d.])\d{1,2}% off\b"
                    r"|\bfree (?:uk |next[- ]day )?(?:delivery|shipping|p&p|postage)\b"
                    r"|\bhalf[- ]price\b|\bbuy one,? get one\b"
                    # "Free same-day pickup at most stores.", "100% satisfaction guaranteed or
                    # your money back"
                    r"|\bfree (?:same[- ]day |next[- ]day )?(?:pickup|pick-up|collection|returns)\b"
                    r"|\bmoney[- ]back guarantee\b|\bsatisfaction guaranteed\b", re.IGNORECASE)


# A price: "£1,890", "$275", "€40".
_PRICE = re.compile(r"[£$€]\d")


_SCHEDULE = re.compile(r"\b(?:\d+|one|two|three|four|five)[- ]doses?\b|\bdoses?\b[^.\n]{0,40}"
                       r"\bapart\b", re.IGNORECASE)


def is_price_line(span: Span) -> bool:
    """A line giving a price, without a verb of its own: a seller's price list ("Price\t
    From £3,450", "+ Ashwagandha   £1.20"), not a claim ("Visits start at $29" has a
    verb)."""
    text = text_of(span)
    if _PRICE.search(text) is None or final_char(text) == "?" or not opens_line(span) \
            or not ends_line(span) or _SCHEDULE.search(text):
        # (a vaccine's price with its course states the course: "Rabies – £70 per dose (3
        # doses over 21 to 28 days)")
        return False
    # (a table's row of several columns, between tabs or bars, states what it compares:
    # "Rabies\t3\t£75.00"; not a product's tile: "Light & Sound Baby Keys   £7.50   ★★★★☆ (96)")
    rated = _STAR_RUN.search(text) is not None
    if not rated and len([cell for cell in CELLS.split(text) if cell.strip()]) > 2:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if rated:
        # (a tile's stars are no words, and are tagged as verbs; nor are its button's
        # and its note's, "[Shop now]", "(batteries included)", verbs of its own)
        words = [t for t in words if t.is_alpha and not _in_brackets(t)]
    return len(words) <= 15 and not any(is_finite(t) for t in words)


def _in_brackets(token: Token) -> bool:
    """Whether `token` is between brackets on its line: a button, "[Shop now]", or a
    note, "(batteries included)"."""
    line = token.doc.text[: token.idx].rsplit("\n", 1)[-1]
    return line.rfind("[") > line.rfind("]") or line.rfind("(") > line.rfind(")")


def is_offer(text: str) -> bool:
    """A price cut or free delivery offered: the seller promoting itself (``promo``),
    an advertiser's or the publisher's own."""
    return _OFFER.search(text) is not None


# The page disclaiming what it says: "This article is for general guidance.", "The advice
# below is general and isn't a replacement for talking to your midwife or GP.", "The
# information in this article is general guidance and doesn't replace advice from …".
_DISCLAIMER = re.compile(
    r"(?:the\s+|this\s+|our\s+)?(?:information|advice|content|guidance|article|page|guide"
    r"|leaflet|post|blog|video)\b[^.!?]{0,40}?\s+(?:is|are)\s+(?:for\s+)?(?:general\s+"
    r"(?:guidance|information|advice|interest)\b|general(?:\s+only)?\s*(?:[.,;]|and\b)"
    r"|(?:not|n['’]t)\s+(?:a\s+)?(?:substitute|replacement)\b|(?:meant|intended)\s+as\s+general\b)",
    re.IGNORECASE)


def _may_change(span: Span) -> bool:
    """A notice that the page's particulars may change: prices, a timetable, figures,
    ingredient lists (``changeable_things`` in ``data/cues.json``); not "Symptoms may
    change over time"."""
    if not is_parsed(span):
        return False
    root = root_of(span)
    things = cues()["changeable_things"]
    for verb in (root, *(c for c in root.children if c.dep_ == "conj")):
        if verb.lemma_.lower() not in ("change", "vary") or not any(
                c.dep_ == "aux" and c.lower_ in ("may", "might", "can", "could")
                for c in verb.children):
            continue
        subjects = _subjects(verb) or _subjects(root)
        named = [n for s in subjects for n in (s, *(c for c in s.children if c.dep_ == "conj"))]
        if any(n.lemma_.lower() in things for n in named):
            return True
    return False


def is_boilerplate(text: str) -> bool:
    """Legal and funding boilerplate of press releases and publishers, which makes
    its whole paragraph boilerplate; ``boilerplate_sentences`` (``… rates may
    apply``) and ``boilerplate_openers`` (``Reprinted by permission …``) make only
    their own sentence ``meta``."""
    return _mentions(text, "boilerplate_phrases")


def names_particulars(label: str) -> bool:
    """``When``, ``Where``, ``Phone``: a label whose value is an event's or a service's
    particulars (``data/cues.json``); not ``Cost``, which a reviewer can check."""
    label = " ".join(label.strip(" \t:").lower().split())
    # ("Studio hours", "Clinic hours": when a place is open, by any name; not how long
    # people work, "Working hours")
    words = label.split()
    return label in cues()["logistics_labels"] or (
        len(words) == 2 and words[1] == "hours" and words[0].isalpha()
        and words[0] not in _NOT_OPENING_HOURS)


# "Out of hours:", "Over 4 hours:", "Working hours:": no place's opening hours.
_NOT_OPENING_HOURS = {"out", "over", "under", "after", "within", "up", "for", "first", "last",
                      "extra", "working", "contracted", "flexible", "unsocial", "peak"}


def is_footer_label(text: str) -> bool:
    """``Media Contact:``, or a press release's end mark (``###``, ``-30-``): from
    here on the article is its footer (contacts, links, the issuer's boilerplate)."""
    return bool(_END_MARK.fullmatch(text.strip())) or _mentions(text, "footer_labels",
                                                                at_start=True)


_END_MARK = re.compile(r"(?:#[ \t]?){2}#|-[ \t]?30[ \t]?-|-?ENDS?-?")


def names_findings(heading: str) -> bool:
    """``Signs to watch for``, ``Common side effects``, ``Very common (more than 1 in 10
    people)``: a heading over a list of findings, each a claim (``finding_heads`` in
    ``data/cues.json``)."""
    return len(heading) <= 80 and _finding_head().search(heading) is not None


@cache
def _finding_head() -> re.Pattern[str]:
    """Any of ``finding_heads``, whole words, case aside."""
    return re.compile(rf"\b(?:{_one_of('finding_heads')})\b", re.IGNORECASE)


def names_boilerplate_section(heading: str) -> bool:
    """A heading whose section is boilerplate: forward-looking statements,
    disclaimers, references, contacts, a table of contents."""
    return _names_section(heading, "boilerplate_sections")


def names_navigation(heading: str) -> bool:
    """``Related``, ``See also``, ``In this issue``, ``Contents``: a heading over
    links to other pages or to the sections below, one a line ("Related" or
    "Contents" alone: "Related conditions" heads a section of the article)."""
    return heading.strip().rstrip(":").casefold() in ("related", "contents") or _names_section(
        heading, "navigation_sections")


def names_ingredients(heading: str) -> bool:
    """``Ingredients``, ``You will need:``: a recipe's heading over what to measure out
    (``ingredient_sections`` in ``data/cues.json``), the whole heading."""
    return heading.strip().rstrip(":").casefold() in cues()["ingredient_sections"]


def names_reference_section(heading: str) -> bool:
    """``References``, ``Sources``: a list whose lines are one citation each."""
    return _names_section(heading, "reference_sections")


def _names_section(heading: str, lexicon: str) -> bool:
    """Whether a heading names a section of a cue list: a phrase of several words
    anywhere in it ("Cautionary Note Regarding Forward-Looking Statements"), a
    single word only as its first ("Sources", "References and further reading";
    not "Food Sources of Omega-3", whose claims must stay claims)."""
    lowered = heading.lower()
    words = re.findall(r"[^\W\d_][\w'’-]*", lowered)
    first = words[0] if words else ""
    return any(
        (phrase in lowered) if (" " in phrase or "-" in phrase) else first == phrase
        for phrase in cues()[lexicon]
    )


def _answer_row(text: str) -> bool:
    """Choices and nothing else, two or more: "Yes No", "○ Yes ○ No ○ Sometimes"."""
    words = _letter_words(text)
    return len(words) >= 2 and all(w in cues()["answer_words"] for w in words) \
        and final_char(text) not in ".!?"


CELLS = re.compile(r"\t+|[ \t]+\|[ \t]+")  # a row's cells, between tabs or bars
# A timetable's row opening with its time, then its cells: "08:30 | Registration and
# coffee | Foyer", "9.15am–10.00am\tWelcome".
_SCHEDULE_ROW = re.compile(r"\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?"
                           r"(?:\s*[-–]\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?)?"
                           r"(?=\t|[ \t]+\|[ \t]+)", re.IGNORECASE)


def _data_row(text: str) -> bool:
    """A table's row of figures under a name, between tabs or bars ("Nausea\t6 (6.4)\t4
    (4.3)", "2\tBihar\t65.7\t63.1"): what the table says of that name."""
    cells = CELLS.split(text.strip())
    return len(cells) >= 3 and any(sum(c.isalpha() for c in cell) >= 3 for cell in cells) \
        and sum(any(c.isdigit() for c in cell) for cell in cells) >= 2


# A figure opening a table's cell: "20.1 g", "+0.6 °C", "↑ 3 bpm", "52,310", "74/100";
# the cells of a row, between tabs or dot leaders.
_FIGURE_CELL = re.compile(r"[+−~<>≤≥↑↓-]?[ \t]?\d")
_ROW_CELL = re.compile(r"\t+|[ \t]*\.{4,}[ \t]*")


def _figure_row(text: str) -> bool:
    """A table's row between tabs or dot leaders: a name, then its figure ("Protein\t20.1
    g\tExcellent quantity", "Resting heart rate\t61 bpm", "All India\t59.1\t52.2", "Hip
    replacements (Maggie) ....... 1"); not a record's field ("Premises:\t…"), a price label
    ("… 150ml\t£3.49"), a row of times or days ("12am\t3am\t…") or a header ("Situation\tGroup
    1 (car, motorcycle)")."""
    cells = [cell.strip() for cell in _ROW_CELL.split(text.strip()) if cell.strip()]
    return (len(cells) >= 2 and sum(c.isalpha() for c in cells[0]) >= 3
            and not any(c.isdigit() for c in cells[0]) and not cells[0].endswith(":")
            and _FIGURE_CELL.match(cells[1]) is not None
            and not any(c in "£$€¥₹" for c in text))


def is_table_row_of_figures(text: str) -> bool:
    """A row naming a thing and giving its figures, between tabs, bars or dot
    leaders ("Fat | 9.0 g", "Fibre\t9.0g\t3.6g"): not a header ("Per 100ml | kcal |
    Fat"), nor a price's row ("Gel 50g   £2.99   Add to basket")."""
    cells = [cell.strip() for part in CELLS.split(text.strip()) for cell in _ROW_CELL.split(part)
             if cell.strip()]
    return len(cells) >= 2 and not any(c in "£$€¥₹" for c in text) \
        and any(_FIGURE_CELL.match(cell) or cell.lower() == "trace" for cell in cells[1:])


def _has_letters(text: str, least: int) -> bool:
    """Whether `text` holds at least `least` letters (read no further than needed)."""
    for char in text:
        if char.isalpha():
            least -= 1
            if least <= 0:
                return True
    return least <= 0


def is_row_of_data(span: Span) -> bool:
    """A line of a table's data among lines of as many cells: "2010-11  84.2",
    "16/07/2024\t<10\t10", "S\t18–21\t28–35\t3–5" (a figure not a date in a cell after
    the first; under its header or another row, or over another row)."""
    if not _may_hold_cells(text_of(span)):
        return False  # most spans: no cells
    return bool(_among_rows(span) or _among_rows(span, True))


# A data row's cells: between tabs or bars (CELLS), or wide spaces.
_DATA_CELLS = re.compile(rf" {{2,}}|{CELLS.pattern}")


def _may_hold_cells(text: str) -> bool:
    """A cheap test before a row's cells are sought: a tab, a wide space or a bar."""
    return "\t" in text or "  " in text or " | " in text


def holds_data(line: str) -> bool:
    """A line of cells between tabs or wide spaces, a figure in a cell after the first:
    "2010-11  84.2", "30 tablets (10 days)   £19.99"; not a register's row, a date in a
    cell of its own after the first ("Consent form   2.0   18 February 2025"), nor
    opening times ("Tuesday\t08:30 – 18:30")."""
    cells = [cell for cell in _DATA_CELLS.split(line.strip()) if cell]
    return len(cells) >= 2 and cell_count(line) == len(cells) and any(
        any(c.isdigit() for c in cell) and not has_date(cell) and not _CLOCK_CELL.fullmatch(cell)
        for cell in cells[1:]) and not any(_date_pattern().fullmatch(cell) for cell in cells[1:])


# A cell of clock times: "08:30 – 18:30", "9am–5pm", "9:00 AM – 12:00 PM"
_TIME = r"\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"
_CLOCK_CELL = re.compile(rf"{_TIME}(?:\s*[–-]\s*{_TIME})?", re.IGNORECASE)


def _among_rows(span: Span, below: bool = False) -> bool | None:
    """Whether `span`, a whole line of figures in cells, has above it (or, `below`,
    under it) a line of as many cells: None when `span` is no such line."""
    whole = doc_text(span.doc)
    start = span.start_char
    line = whole[start : span.end_char].strip()
    end = start + len(whole[start : span.end_char].rstrip())
    if not _may_hold_cells(line) or "\n" in line or not opens_line(span) \
            or not line_ends_at(whole, end):
        return None
    if not holds_data(line):
        return None
    cells = cell_count(line)
    if below:
        after = whole.find("\n", end)
        neighbour = "" if after < 0 else whole[after + 1 :].split("\n", 1)[0]
    else:
        before = whole.rfind("\n", 0, start)
        neighbour = "" if before <= 0 else whole[whole.rfind("\n", 0, before) + 1 : before]
    return cell_count(neighbour.strip()) == cells


def _mostly_symbols(text: str) -> bool:
    visible = [c for c in text if not c.isspace()]
    return sum(c.isalpha() for c in visible) < len(visible) / 2


# A label and its measured value: "VO2max: 61.3 ml/kg/min (4.38 L/min)", "Zone 2 Endurance:
# 137–155 bpm", "Resting HR: 52 bpm" (a reading, not the title of what follows).
_MEASURE = (r"[<>≤≥~]?[ \t]?\d[\d.,]*(?:[ \t]?[–-][ \t]?\d[\d.,]*)?[ \t]?"
            r"(?:%|bpm|km/h|mph|kg|g|mg|mcg|µg|ml|l|cm|mm|km|m|kcal|kj|mmhg|mmol/l|mg/dl"
            r"|ml/kg/min|l/min|°[cf]|hours?|hrs?|min(?:utes)?|secs?|s|weeks?|days?|years?|steps"
            r"|cal)(?![\w/])")
# A measured value: "38–42°C", "61.3 ml/kg/min (4.38 L/min)", "< 137 bpm", "50%", "13.0
# km/h, HR 155" (a note in brackets or another figure after a comma; not a title's words:
# "Part 1: 10 days to a healthier you").
MEASURED_VALUE = re.compile(
    rf"{_MEASURE}(?:[ \t]*(?:–|-|to)[ \t]*{_MEASURE})?"  # "5 °C to 40 °C"
    rf"(?:[ \t]*\([^()\n]{{1,30}}\)|,[ \t]+[^:\n]{{0,20}}\d[^:\n]{{0,10}})?",
    re.IGNORECASE)
_LABELLED_MEASURE = re.compile(rf"[^:\n]{{2,40}}:[ \t]+{MEASURED_VALUE.pattern}", re.IGNORECASE)


def is_heading_line(span: Span) -> bool:
    """A short line standing alone, no final full stop (the caller checks the layout)."""
    text = text_of(span)
    last = final_char(text)
    if text[:1].isdigit() and ":" in text:
        return False  # "30%: rise in heart failure risk …", a figure and what it counts
    if _LABELLED_MEASURE.fullmatch(text.strip()):
        return False  # "Zone 2 Endurance: 137–155 bpm", a label and its reading
    if _DEFINITION.search(text):
        return False  # "NSAID — a nonsteroidal anti-inflammatory drug", a glossary entry
    if _ATTRIBUTED.match(text):
        return False  # a pull quote: "“Creatine is one of the safest …” — Dr. Lena Ortiz"
    if _LABEL_ROW.fullmatch(text.strip()):
        return True  # "Form: Powder | Dose: 200 mg | Third-party certified: NSF", a spec row
    if last in ".!?,;" or _figure_row(text):
        return False
    if _emoji(text.rstrip()[-1:] or " ") and len(text.split()) > 4 \
            and subject_before_verb(span):
        # A post's sentence ended by its emoji instead of a stop: "After a meal,
        # anything above 140 mg/dL means you are prediabetic ⚠️" (not a title over
        # what follows: "5 glucose hacks your doctor never told you about 👇").
        return False
    if len(AMOUNT.findall(_BRACKETED.sub("", text))) >= 2 and not (
            title_cased(span) and sum(t.is_alpha for t in span) >= 3):
        # a panel's row: "Fat 22.1g MED 32%", "Energy 2,151kJ 514kcal 26%" (not a
        # product's name with its strength: "Infant suspension (120 mg in 5 ml)")
        return False
    if is_caption(text) or is_study_title(text):
        # "Table 1: Deaths related to drug poisoning by sex, England and Wales, …", "Effect
        # of pharmacist-led text messaging on blood pressure control …: a cluster
        # randomised trial"
        return True
    if len(text.split()) > HEADING_MAX_WORDS and not title_cased(span):
        return False
    # "Some pros include:" and "You can’t have … such as:" are lead-in claims;
    # "Types of CBD:" and "Understanding CBD:" are headings.
    # One word is no clause, whatever its tag ("Cons:" read as a verb); a line in
    # capitals is a heading ("BEFORE YOU TAKE YOUR CAPSULES:").
    words = [t for t in span if not t.is_punct]
    shouted = sum(t.is_alpha for t in words) >= 2 and all(t.is_upper for t in words if t.is_alpha)
    if last == ":" and not shouted and instruction_lead_in(span):
        return False  # "Do not take ibuprofen:" opens a list of what not to do
    if last == ":" and _participle_label(span):
        return True  # "Resources mentioned:", "Topics covered:"
    return (last != ":" or len(words) < 2 or shouted or is_wh_label(words)
            or not (has_finite(span) or _has_clause(span)))


_WH_WORDS = {"why", "what", "how", "where", "when", "who"}


def _participle_label(span: Span) -> bool:
    """``Resources mentioned:``, ``Topics covered:``: a noun and what was done with it
    in the text (``label_participles`` in ``data/cues.json``), which the parser may
    read as a subject and its verb; ``Researchers found:`` and ``We discussed:`` are
    lead-ins."""
    if not is_parsed(span):
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return (len(words) == 2 and words[0].tag_ in ("NN", "NNS", "NNP", "NNPS")
            and words[1].tag_ in ("VBD", "VBN")
            and words[1].lemma_.lower() in cues()["label_participles"])


def is_wh_label(words: list[Token]) -> bool:
    """``What the research says``, ``Why it matters``: a newsroom's label, a clause
    opening with a wh-word that asks nothing (its caller has left out the
    punctuation)."""
    return bool(words) and words[0].lower_ in _WH_WORDS and len(words) <= 4


# "When cells stop responding to insulin." is a glossary's definition, not a headline.
_HEADLINE_WH = {"why", "what", "how", "who"}


def is_wh_headline(span: Span) -> bool:
    """``Why it matters.``, ``What the trials show, and what they don't.``, ``What to
    know about the updated vaccines.``: a paragraph of its own that opens with a
    wh-word asking nothing (no auxiliary before the subject) and hangs on the main
    verb, a headline or a dek with a full stop; not a sentence whose subject is a
    wh-clause (``What matters is sleep.``, ``How you sleep affects your mood.``)."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not (final_char(text_of(span)) == "." and 2 <= len(words) <= HEADING_MAX_WORDS
            and words[0].lower_ in _HEADLINE_WH and words[0].tag_ in _WH_TAGS
            and is_parsed(span)):
        return False
    root = root_of(span)
    governor = words[0].head
    # "What you need to know": the wh-word is the object of the root's complement.
    while governor != root and governor.dep_ in ("xcomp", "conj") and governor.head != governor:
        governor = governor.head
    return governor == root


def instruction_lead_in(span: Span) -> bool:
    """``Do not take ibuprofen:``, ``Tell your doctor if you:``, ``To reduce your risk:``: an
    instruction whose list completes it or a purpose its list serves (not a heading in
    capitals such as ``Sleep Support:``)."""
    if final_char(text_of(span)) != ":" or not is_parsed(span):
        return False
    if _PURPOSE_LEAD_IN.fullmatch(text_of(span).strip()):
        return True  # "To reduce your risk:" over "- walk around the cabin …"
    if _DO_NOT.fullmatch(text_of(span).strip()):
        return True  # "Do NOT:" over what not to do, in capitals or not
    words = [t for t in span if not (t.is_punct or t.is_space)]
    # A word in lower case after the first: a sentence, not a title's capitals.
    sentence = any(t.is_alpha and t.is_lower for t in words[1:])
    return sentence and _is_imperative(root_of(span))


_DO_NOT = re.compile(r"do\s+not\s*:", re.IGNORECASE)
# A purpose its list's instructions serve: "To help reduce it:", "To keep bacteria under
# control:"; not a summary's "To sum up:", nor what someone does for it ("To support
# this, we are:").
_PURPOSE_LEAD_IN = re.compile(r"(?:To|In order to)\s+"
                              r"(?!(?:sum|summari[sz]e|conclude|recap|be|date)\b)"
                              r"(?![^:\n]*,\s*(?:we|they|I|he|she|it|our|this|these)\s)"
                              r"[a-z][^.!?:\n]{0,60}:")


# A numbered part's label with its own full stop: "Step 2." before "Breathe out fully.";
# a law's "Sec. 3." and "§ 4."; a grant's "Aim 1." before what it sets out to do.
_STEP = re.compile(r"\s*(?:(?:step|phase|stage|part|day|week|lesson|module|section|sec\.|article"
                   r"|aim|objective|chapter|appendix)\s+|§\s*)\d{1,3}[a-z]?\s*[.:]?\s*",
                   re.IGNORECASE)


def is_proper_name(span: Span) -> bool:
    """``Jordan Lee`` after ``Member:``: a name and nothing said of it."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return 0 < len(words) <= 4 and is_parsed(span) and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in words)


def is_step_label(text: str) -> bool:
    """``Step 2.``, ``Day 3:``: a numbered part's label standing as a sentence."""
    return _STEP.fullmatch(text) is not None


def is_about_line(span: Span) -> bool:
    """``About SleepWell Inc.``: the heading of a press release's backgrounder,
    full stop or not."""
    words = [t for t in span if not t.is_punct]
    return (bool(words) and words[0].text == "About" and len(words) <= 8
            and not has_predicate(span))


# The last word of an organisation's name: "About St. Mary's Hospital", "About Acme
# Pharma, Inc.", "About the Janssen Pharmaceutical Companies of Johnson & Johnson",
# "About BrightPath Pharmacy", "About the Trust", "About Northgate Cardiology Associates".
_ORGANISATION = re.compile(
    r"^about\s+.*\b(?:inc|llc|ltd|plc|corp|corporation|compan(?:y|ies)|hospitals?|clinics?"
    r"|cent(?:er|re)s?|university|foundation|institute|pharma|pharmaceuticals?|therapeutics"
    r"|biosciences?|laboratories|labs|healthcare|association|society|pharmac(?:y|ies))\b"
    # (these only as the name's last word: not "About the Partners Trial", "About trust in
    # vaccines")
    r"|^about\s+.*\b(?:trust|alliance|charity|network|associates|partners|gyms?)$",
    re.IGNORECASE,
)


# A provider's section selling itself: "Why choose us?", "Why Choose Riverside Health",
# "What sets us apart".
_SELLING = re.compile(r"(?:why\s+choose\b|why\s+us\b|what\s+sets\s+us\s+apart\b)", re.IGNORECASE)


# An organisation's name by its last word: "Harlan County Public Health Department",
# "Crumb & Hearth Bakery", "Harrowgate University – Student Residences"; not a page's
# title before its site's name ("Skin Tag Removal in Bristol | Harbourside Skin Clinic",
# "Travel vaccinations and malaria tablets at Brightwell Pharmacy").
_ORGANISATION_NAME = re.compile(
    r"(?!.*\s(?:at|in|on|with|from)\s)"
    r"[^.!?:|]{2,80}?\b(?:department|division|alliance|council|university|college|hospital"
    r"|trust|pharmacy|bakery|constabulary|police|society|association|foundation|institute"
    r"|funeral\s+home|residences|ltd|inc|co|company|clinic|practice|cent(?:re|er)|services?"
    r"|school|academy|group|district|network|partnership|surgery|board|authority|agency"
    r"|observatory|vets|laboratories)\.?", re.IGNORECASE)


def names_organisation(line: str) -> bool:
    """Whether a line is an organisation's name and nothing more (see
    :data:`_ORGANISATION_NAME`)."""
    return _ORGANISATION_NAME.fullmatch(line.strip()) is not None


def names_organisation_backgrounder(heading: str) -> bool:
    """``About St. Mary's Hospital``: a press release's section in which an
    organisation describes itself (promo), not ``About Esketamine`` or ``About
    the Studies`` (claims); a provider's ``Why choose us?`` too."""
    return bool(_ORGANISATION.match(heading.strip())) or _SELLING.match(heading.strip()) is not None


def _has_clause(span: Span) -> bool:
    """A verb with a subject of its own (tagging aside: "can’t" scraped as "canât")."""
    return is_parsed(span) and any(is_verb(t) and _subjects(t) for t in span)


def subject_before_verb(span: Span, base: bool = False) -> bool:
    """Stricter than :func:`_has_clause` (any verb with a subject, a relative clause's
    too): `span`'s root is a finite verb (or has a finite auxiliary) with its subject
    in `span` before it, "statins can interact with …", not "a way to plan meals by
    tracking the grams you eat"; with `base`, a root tagged in its base form with a
    subject before it too (the tagger's reading of some plural present tenses)."""
    root = root_of(span)
    finite = is_finite(root) or (base and root.tag_ == "VB") or any(
        c.dep_ in ("aux", "auxpass") and is_finite(c) for c in root.children)
    return finite and any(c.dep_ in SUBJECTS and span.start <= c.i < root.i
                          for c in root.children)


def title_cased(span: Span) -> bool:
    """Most words capitalised: a long title ("New Phase 3 Data Show Esketamine …")."""
    words = [t for t in span if t.is_alpha and not t.is_stop]
    return bool(words) and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def is_verbless_title(span: Span) -> bool:
    """A noun phrase with no verb at all (a title glued to the text by the layout)."""
    if has_predicate(span):
        return False
    return root_of(span).tag_.startswith("NN") and ";" not in text_of(span)


# --- questions and advice ----------------------------------------------------


def is_question(span: Span) -> bool:
    """A sentence that asks: a final ``?``, or a full stop after an inverted
    auxiliary (``Can you take it every night.``, ``How much should I take.``)."""
    last = final_char(text_of(span))
    return last == "?" or (last == "." and is_parsed(span) and _inverted(span))


def _inverted(span: Span) -> bool:
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) < 3:
        return False
    first = words[0]
    if not (first.tag_ in _WH_TAGS or first.lemma_.lower() in cues()["inversion_auxiliaries"]):
        return False  # most sentences: nothing more to read
    root = root_of(span)
    subjects = _subjects(root)
    if not subjects:
        return False
    subject = min(s.i for s in subjects)
    auxiliaries = cues()["inversion_auxiliaries"]

    def fronted(token: Token) -> bool:
        return (is_finite(token) and token.lemma_.lower() in auxiliaries
                and (token == root or (token.head == root and token.dep_ in ("aux", "auxpass"))))

    if fronted(first):
        # "Can you …", "Is melatonin …"; not a condition ("Should you need help, call …").
        conditional = first.lower_ in ("should", "were", "had") and any(t.text == "," for t in span)
        return first.i < subject and not conditional
    # "How much should I take", "What is melatonin": a wh-word, then the auxiliary
    # before the subject ("What matters is sleep" has its subject first).
    return first.tag_ in _WH_TAGS and any(
        fronted(t) for t in span if first.i < t.i < subject)


_WH_TAGS = ("WDT", "WP", "WP$", "WRB")


def is_question_label(sentence: Span) -> bool:
    """``True or false?``, ``Fact or myth?`` as a sentence of its own: the statement
    beside it in the paragraph is put to the reader, not said."""
    return asks_about(sentence) and text_of(sentence).rstrip()[-1:] in "?:"


def asks_about(label: Span) -> bool:
    """A run-in label that makes the statement after it a question: ``True or
    false:``, ``Myth or fact:`` (``question_labels`` in ``data/cues.json``)."""
    return text_of(label).strip(" :*_").lower() in cues()["question_labels"]


def is_answer(span: Span) -> bool:
    """``Yes.``, ``No.``, ``It depends.``: a bare answer to a question, nothing to check;
    after a label naming it an answer too (``Short answer: no.``)."""
    label = _ANSWER_LABEL.match(text_of(span))
    if len(span) > 5 + (3 if label else 0) or final_char(text_of(span)) == "?":
        return False  # (a word asked, "True?", is a question)
    rest = text_of(span)[label.end():] if label else text_of(span)
    words = _letter_words(rest)
    # after an interjection too: "Oh, right.", "Well, yes."
    while len(words) > 1 and words[0] in cues()["answer_interjections"]:
        words = words[1:]
    if " ".join(words) in cues()["answer_words"]:
        return True
    # Graded: "Mostly myth.", "Not usually.", "Largely true.", "Almost never."
    degrees, answers = cues()["answer_degrees"], cues()["answer_words"]
    return 0 < len(words) <= 3 and words[0] in degrees \
        and all(w in degrees or w in answers for w in words)


def _letter_words(text: str) -> list[str]:
    """The words of `text` in lower case, letters only: "yes", "no" of "○ Yes ○ No"."""
    return re.findall(r"[^\W\d_]+", text.lower())


_ANSWER_LABEL = re.compile(r"\s*(?:(?:the|short|quick|simple|brief)\s+)?answer\s*:", re.IGNORECASE)


def _vocative(subject: Token, verb: Token) -> bool:
    """Whom a command is addressed to, read as its subject: "Parents, come to the
    meeting" (a bare plural or proper noun set off by a comma right before a verb in
    its base form)."""
    return (verb.tag_ == "VB" and subject.tag_ in ("NNS", "NNP", "NNPS") and subject.i + 2 == verb.i
            and verb.doc[subject.i + 1].text == ","
            and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children))


_ABOUT_A_NUMBER = {"around", "about", "nearly", "almost", "roughly", "approximately", "over",
                   "under"}
_COUNTED_PEOPLE = {"people", "person", "woman", "man", "adult", "child", "patient", "kid",
                   "baby", "teen", "teenager", "american", "user", "case"}


def _is_imperative(root: Token) -> bool:
    # After a fronted phrase the tagger may read the verb as a present tense
    # ("For adults with severe depression, offer …": VBP); without a subject it commands.
    if root.tag_ not in ("VB", "VBP") or [s for s in _subjects(root) if not _vocative(s, root)]:
        return False
    # "Took one each night for three nights …": a past tense the tagger read as a base
    # form, a reviewer's report, not a command
    if root.lower_ in cues()["past_forms"]:
        return False
    # "Magnesium glycinate fixed my 3am wake-ups": a name the tagger reads as a verb
    # (``glycinate``/VB) with a noun compounded before it; a verb has no compound.
    if any(c.dep_ == "compound" and c.i < root.i for c in root.children):
        return False
    # "Around one in five pregnant women have symptoms": a number of people read as a
    # phrase before the verb is its subject, not a fronted phrase before a command.
    if any(c.dep_ == "prep" and c.i < root.i and c.lower_ in _ABOUT_A_NUMBER
           and any(t.tag_ == "CD" for t in c.subtree)
           and any(t.lemma_.lower() in _COUNTED_PEOPLE for t in c.subtree) for c in root.children):
        return False
    # "Harissa paste can be high in salt, so check the label …": an instruction after
    # ", so" is the consequence of what the sentence states first (the parser hangs the
    # statement under it); the sentence states.
    if _consequence_of_statement(root):
        return False
    # "to explore" (infinitive) and "can help" have an aux; an imperative has none,
    # except a negation ("Do not take …").
    return not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "don't") for c in root.children
    )


def is_instruction(span: Span) -> bool:
    """An imperative sentence, after a condition or not ("Keep out of reach of children.",
    "If you have chest pain, call 911."); not a duty stated ("You must be 21 or older to
    purchase.")."""
    return is_parsed(span) and (_is_imperative(root_of(span)) or _commands_after_condition(span))


def _consequence_of_statement(root: Token) -> bool:
    """Whether `root` follows ", so" after a clause with its own subject and a finite
    verb, hung under it ("It will not stop you getting pregnant, so use condoms …")."""
    so = next((c for c in root.children if c.lower_ == "so" and c.dep_ == "advmod"
               and c.i > 0 and c.doc[c.i - 1].text == ","), None)
    return so is not None and any(
        c.i < so.i and c.dep_ in ("ccomp", "advcl", "parataxis") and _subjects(c)
        and (is_finite(c) or any(a.dep_ == "aux" and is_finite(a) for a in c.children))
        for c in root.children)


def opens_with_command(span: Span) -> bool:
    """``Order the right diagnostic tests``: a verb in its base form, without a subject,
    and its object open the span."""
    first = next((t for t in span if not (t.is_punct or t.is_space)), None)
    return first is not None and first.tag_ == "VB" and _is_imperative(first) \
        and any(c.dep_ == "dobj" for c in first.children)


_SO = {"so", "then", "and", "or"}


def _opens_with_imperative(span: Span) -> bool:
    """A sentence whose first clause commands, parsed under another clause: "Spit
    out the toothpaste, but do not rinse with water, so the fluoride can keep
    working" (rooted at "keep"). Not one reported ("Measure the effect carefully,
    the authors warned": a clausal complement of "warned")."""
    first = next((t for t in span if not (t.is_punct or t.is_space)), None)
    if first is None or first.tag_ != "VB" or first.dep_ != "advcl" or not _is_imperative(first):
        return False
    # What follows says why ("so", "and then"), not who said it; or a dash sets it
    # off: "Stop taking ibuprofen and call 111 if … – these can be signs of bleeding."
    head = first.head
    # (the dash hangs on either clause: "Use Vaseline - it stops the skin breathing")
    return (any(c.dep_ in ("dobj", "prt") for c in first.children) and any(
        c.lower_ in _SO and c.i > first.i for c in head.children)) or any(
        c.dep_ == "punct" and c.text in _DASHES and first.i < c.i < head.i
        for c in (*head.children, *first.children))


_DASHES = {"–", "—", "-", "--"}


def _addresses_reader(root: Token) -> bool:
    """A recommendation to the reader: ``you should …`` (not a duty, ``you must …``), or a main
    clause answering ``If you …`` that is not itself about ``you`` ("If you or
    someone you know …, help is available"). A plain declarative with ``you``
    ("You take this medicine by mouth", "You may notice …") states a fact."""
    if _conditional(root):
        # "If you …, call 988", "If someone has overdosed …, call 911": parsed with
        # the condition as the root and the imperative as a conjunct after the comma.
        return any(
            c.dep_ == "conj" and c.tag_ == "VB" and not _subjects(c) and c.i > 0
            and c.nbor(-1).text == ","
            for c in root.subtree
        )
    if any(s.lower_ == "you" for s in _subjects(root)):
        aux = {c.lower_ for c in root.children if c.dep_ == "aux"}
        # "You can call 988 / talk to your doctor": a call to action, unlike
        # "You can reduce nausea by …", which states an effect.
        # "You must tell the DVLA …", "You must be 22 years or older …": a duty states a
        # rule, which can be checked; "you should" recommends.
        return bool(aux & _RECOMMENDING) or ("can" in aux and _reader_action(root))
    # "If you or someone you know is struggling …, help is available" offers help;
    # "If you're sensitive to it, even a morning cup can affect your sleep" states
    # a fact about the reader.
    return _offers_help(root) and any(
        c.dep_ == "advcl" and c.i < root.i and _if_you(c) for c in root.children)


_HELP = {"help", "support", "treatment", "assistance", "care", "counseling", "counselling",
         "resource", "service"}


def _offers_help(root: Token) -> bool:
    """``help is available``: help offered to the reader; ``it makes sense to consume
    it before bed``: what to do."""
    return any(s.lemma_.lower() in _HELP for s in _subjects(root)) or any(
        (c.dep_ == "acomp" and c.lemma_.lower() == "available")
        or (c.dep_ == "dobj" and c.lemma_.lower() == "sense" and root.lemma_ == "make")
        for c in root.children)


def _reader_action(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in cues()["reader_action_verbs"]:
        return True
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    return any(f"{lemma} {p}" in cues()["reader_action_phrases"] for p in preps)


def _conditional(clause: Token) -> bool:
    """``If …``: the clause opens with "if"."""
    return any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children)


def _if_you(clause: Token) -> bool:
    return _conditional(clause) and any(s.lower_ == "you" for s in _subjects(clause))


_RECOMMENDING = {"should", "ought", "shall"}


def _recommends_to_group(span: Span, root: Token) -> bool:
    """``Travellers should be up to date with routine vaccines``, ``Anyone worried about …
    should speak to their GP``: what a group the text speaks to should do, in the writer's
    own words. Not reported (``Zarate said ketamine should be …``, a quotation), not what
    is expected to happen (``Most patients should feel better within a week``), nor of
    things (``Tablets should be swallowed whole``)."""
    if not any(c.dep_ == "aux" and c.lower_ == "should" for c in root.children) or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ == "have" for c in root.children):
        return False
    groups = cues()["addressed_groups"]
    subject = next((s for s in _subjects(root) if s.lower_ in groups), None)
    if subject is None or root.lemma_.lower() in cues()["expected_experiences"] or any(
            c.dep_ == "acomp" and c.lower_ == "able" for c in root.children):
        return False
    # The recommendation must open the sentence: a fact before it ("Confusion can be the
    # first sign of a UTI, so carers should mention it") keeps the sentence a claim.
    if any(is_finite(t) for t in span.doc[span.start : subject.left_edge.i]):
        return False
    reporting = cues()["reporting_verbs"]
    return not any(t.lemma_.lower() in reporting or t.lower_ in _RECOMMENDING_WORDS
                   or t.text in QUOTE_MARKS for t in span)


# What reports a recommendation ("according to NICE, adults should …", "guidelines
# recommend that …"), beside the reporting verbs; not "as recommended in the UK".
_RECOMMENDING_WORDS = {"according", "recommend", "recommends", "advise", "advises"}
QUOTE_MARKS = {'"', "“", "”"}  # double quotation marks, straight and curly


def _deontic(root: Token) -> bool:
    """``it's important to …``, ``it is recommended to …``: a recommendation to the reader."""
    words = cues()["deontic_predicates"]
    if not any(s.lower_ == "it" for s in _subjects(root)):
        return False
    predicates = [root] + [c for c in root.children if c.dep_ in ("acomp", "attr", "oprd")]
    # "it's worth asking your doctor about trying again"; not "it is worth noting that …"
    # "it is worth a conversation with your doctor", "… worth a try": an action the
    # reader may take, named by its noun
    if any(p.lower_ == "worth" and any(
            (c.tag_ == "VBG" and c.lemma_.lower() not in _WORTH_SAYING)
            or (c.dep_ == "npadvmod" and c.lemma_.lower() in _WORTH_DOING) for c in p.children)
           for p in predicates):
        return True
    if not any(p.lower_ in words for p in predicates):
        return False
    return any(t.dep_ in ("xcomp", "ccomp", "advcl") and t.tag_ == "VB" for t in root.subtree)


_WORTH_DOING = {"conversation", "chat", "call", "visit", "try", "check", "discussion", "trip",
                "look", "test", "appointment"}
# What is "worth" doing in a sentence that goes on to say something: "It is worth noting
# that …", "It's worth remembering …".
_WORTH_SAYING = {"note", "mention", "remember", "point", "emphasize", "emphasise", "stress",
                 "add", "say", "know", "keep", "bear", "repeat", "highlight", "recall"}


def _recommends(root: Token) -> bool:
    # (not "The genetic sequencing we have so far suggests that …": "we" is no
    # subject of "suggests", whatever the parser says)
    return root.lemma_.lower() in cues()["recommend_verbs"] and root.tag_ != "VBZ" and any(
        s.lower_ in ("we", "i") for s in _subjects(root)
    )


def opens_instruction(span: Span) -> bool:
    """Whether `span`'s first word is an instruction verb (``Sip``, ``Take``, ``Try``)."""
    first = next((t for t in span if not (t.is_punct or t.is_space)), None)
    return first is not None and first.lower_ in cues()["instruction_verbs"]


def reads_as_command(span: Span) -> bool:
    """``Sip water through the day.``: an instruction verb opening a sentence, not
    followed by a verb of its own ("Exercise reduces stress" states a fact)."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) < 2 or final_char(text_of(span)) not in ".!":
        return False
    # "Exercise lowers circulating IL-6 …": a plural "noun" that is a verb of change
    # (data/opposites.json) is the verb the tagger misread, the opener its subject.
    if not opens_instruction(span) or is_finite(words[1]) or (
            words[1].tag_ == "NNS" and claim_lexicon().sides_of(words[1].lemma_.lower(), "VERB")):
        return False
    # "Sleep onset latency fell by 9 minutes.": another word's verb states a fact.
    root = root_of(span)
    return root.i == words[0].i or not _states(root)


def _states(token: Token) -> bool:
    """Whether `token` is a finite verb of a clause: not a participle after a comma the
    tagger took for a past tense ("Cook food to 165°F, checked with a thermometer.":
    a finite verb has a subject; asked of a sentence opening with an instruction verb)."""
    # ("Use 1 heaped teaspoon …": a past form describing a noun is no verb of a clause)
    return is_finite(token) and token.dep_ != "amod" and not (
        token.tag_ == "VBD" and token.i > 0 and token.doc[token.i - 1].text == ","
        and not any(c.dep_ in SUBJECTS for c in token.children)) and not (
        # "Swallow tablets and capsules whole": a "verb" joined to a noun, with nothing
        # a verb governs, is a noun ("… last 30 minutes and cost £45" is a verb).
        token.dep_ == "conj" and token.head.tag_.startswith("NN")
        and not any(c.dep_ in SUBJECTS or c.dep_ in _VERB_DEPENDENTS for c in token.children))


_VERB_DEPENDENTS = {"dobj", "attr", "acomp", "ccomp", "xcomp", "dative", "prep", "agent",
                    "aux", "auxpass", "neg", "advmod", "npadvmod", "prt", "oprd"}


# After a list item's instruction verb, words that make it an instruction with what
# it is about ("Ask your employer …", "Book a check-up", "Drink plenty of water"),
# where a bare noun may make a name of it ("Dry mouth", "Sleep problems").
_COMMAND_OBJECT = {"a", "an", "the", "your", "you", "yourself", "them", "it", "some", "any",
                   "this", "these", "that", "those", "enough", "more", "less", "plenty",
                   "extra", "regular", "daily", "all", "at", "to", "with", "about", "for"}


def is_listed_command(span: Span) -> bool:
    """ ``Ask your employer about parental leave``: a list item without a final
    stop that opens with an instruction verb, the root of its parse, followed by
    what makes it an instruction (a determiner or pronoun, a gerund, a particle).
    Names and symptoms (``Dry mouth and throat``) are not."""
    # An aside in brackets is no part of it: "Book a check-up (gum problems are …)".
    aside = text_of(span).find("(")
    end = span.start_char + aside if aside > 0 else span.end_char
    words = [t for t in span if not (t.is_punct or t.is_space) and t.idx < end]
    if len(words) < 3 or final_char(text_of(span)) in ".!?" or not opens_instruction(span):
        return False
    first, second = words[0], words[1]
    root = root_of(span)
    if (root.i == first.i and first.tag_ == "VB" and _is_imperative(first) and any(
            c.dep_ in ("dobj", "prt") or (c.dep_ == "xcomp" and c.tag_ == "VBG")
            for v in (first, *_verb_conjuncts(first)) for c in v.children)) \
            or _opens_with_imperative(span):
        # "Keep it clean and moisturised", "Use SPF 50 once it's fully healed", "Pick,
        # scratch or peel the flakes", "Use Vaseline - it stops the skin breathing",
        # "Avoid swimming …, even if no warning has been issued": the instruction
        # governs the line, whatever verbs its clauses hold
        return True
    if (root.i != first.i and root.idx < end) or any(is_finite(t) for t in words[1:]):
        return False
    return second.lower_ in _COMMAND_OBJECT or second.tag_ in ("VBG", "RP")


def _verb_conjuncts(token: Token) -> list[Token]:
    """The verbs joined to `token` ("peel" of "Pick, scratch or peel the flakes")."""
    return [t for t in token.subtree if t.dep_ == "conj" and t.tag_ == "VB"
            and t.head.i in (token.i, *(c.i for c in token.subtree if c.dep_ == "conj"))]


def may_instruct(span: Span) -> bool:
    """``Avoid caffeine``, ``Stop smoking``, and ``Dry mouth`` too: a short item without
    a stop opening with an instruction verb, no other verb of its own but in a clause
    of time or manner (``Shower as soon as you can after paddling``, ``Cover cuts …
    before you launch``); its list tells an instruction from a name."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return 2 <= len(words) <= _LISTED_WORDS and final_char(text_of(span)) not in ".!?" \
        and opens_instruction(span) and not any(
            is_finite(t) and not _in_adverbial(t) for t in words[1:])


_LISTED_WORDS = 12


def _in_adverbial(token: Token) -> bool:
    """Whether `token` lies in an adverbial clause opened by its conjunction
    ("before you launch", "as soon as you can")."""
    return any(clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children)
               for clause in (token, *token.ancestors))


# A label's prohibition without a verb: "Not for use in children under 12.", "Not to be
# taken by pregnant women."
_NOT_FOR_USE = re.compile(r"\s*not\s+(?:for|to\s+be)\s+(?:use|used|taken|given|applied)\b"
                          # ("Not for children under 12.", "Not recommended for children
                          # under 12, as …"; not an answer's "Not for people.")
                          r"|\s*not\s+(?:recommended\s+|suitable\s+)?for\s+"
                          r"(?:children|babies|infants|anyone|people)\s+"
                          r"(?:under|below|younger|aged)\b",
                          re.IGNORECASE)


def is_advice(span: Span, clause: bool = False) -> bool:
    """Whether `span` addresses the reader; `clause`: it is one clause of a sentence
    split in two ("Avoid alcohol" of "Avoid alcohol; it worsens depression.")."""
    if not is_parsed(span):
        return False
    root = root_of(span)
    text = text_of(span)
    # An imperative is a sentence (or a clause of one): a list item "Venlafaxine
    # (Effexor)" tagged VB is not one.
    imperative = ((clause or final_char(text) in ".!") and _is_imperative(root)) or \
        instruction_lead_in(span)
    if imperative or _addresses_reader(root) or _deontic(root) or _recommends(root) \
            or _recommends_to_group(span, root):
        return True
    if final_char(text) in ".!" and (_opens_with_imperative(span)
                                         or _misread_series_of_commands(root)):
        return True
    if final_char(text) in ".!" and (_commands_after_condition(span)
                                         or _commands_after_phrase(span)):
        return True
    said = _THAT_SAID.match(text)
    rest = said and span.char_span(said.end(), len(text), alignment_mode="contract")
    if rest:
        return is_advice(rest, clause)  # "That said, if it hurts, see a doctor."
    if forbids(span):
        return True  # a list's "do not take more than directed", without a stop
    if _NOT_FOR_USE.match(text):
        return True  # a label's "Not for use in children under 12.", "Not for children …"
    # "Monitor patients closely.": tagged as a noun phrase ("Monitor patients"), a
    # sentence without a verb opening with an instruction is one, whatever verbs its
    # condition holds ("Use night mode if you must use a screen.").
    first = next((t for t in span if not (t.is_punct or t.is_space)), None)
    return reads_as_command(span) and not _states_besides(span, first)


def _states_besides(span: Span, command: Token | None) -> bool:
    """Whether a verb of `span` states something outside its conditions and relative
    clauses, the instruction `command` aside when it has no subject (it may be tagged as
    a past tense: "Clean the wound with water.")."""
    return any(_states(t) and not _in_condition(t) and not _in_relative_clause(t)
               and not (command is not None and t.i == command.i and not _subjects(t))
               for t in span)


# Prepositions that open a phrase put before an instruction without a comma: "In an
# emergency call 999.", "For more information visit nhs.uk/flu.".
_FRONTING = {"in", "for", "after", "before", "outside", "during", "at", "from", "on", "within"}


def _commands_after_phrase(span: Span) -> bool:
    """An instruction verb (tagged as a noun of the phrase) right after a short phrase
    of time, place or purpose opening the sentence, and no other verb stating anything
    ("In 2019 use of ketamine rose" states: "rose")."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) < 4 or words[0].lower_ not in _FRONTING:
        return False
    verb = next((t for t in words[2:5] if t.lower_ in cues()["instruction_verbs"]), None)
    if verb is None or verb.i + 1 >= span.end or verb.doc[verb.i - 1].tag_ not in _PHRASE_ENDS \
            or verb.doc[verb.i + 1].tag_ in _NOT_AN_OBJECT or verb.doc[verb.i + 1].is_punct:
        return False
    # Not a verb with its subject ("During EMDR you briefly bring …", "In-person tours
    # take place …"), nor one after a comma, which the parse reads already.
    if _subjects(verb) or verb.tag_ in ("VBZ", "VBD") or any(
            t.is_punct or t.tag_ == "PRP" for t in span.doc[span.start:verb.i]):
        return False
    return not _states_besides(span, verb)


# The last word of the phrase before the instruction; what cannot follow an instruction.
_PHRASE_ENDS = {"NN", "NNS", "NNP", "NNPS", "CD", "RB"}
_NOT_AN_OBJECT = {"IN", "VBZ", "VBP", "VBD", "MD", "POS"}


def _in_relative_clause(token: Token) -> bool:
    """Whether `token` lies in a relative clause ("a friend who might enjoy it")."""
    return any(clause.dep_ == "relcl" for clause in (token, *token.ancestors))


def _in_condition(token: Token) -> bool:
    """Whether `token` lies in a clause of condition or time ("if you must use a
    screen", "when symptoms start")."""
    for clause in (token, *token.ancestors):
        if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in clause.children):
            return True
    return False


_CONDITION_MARKS = {"if", "when", "unless", "while", "before", "after", "until", "once"}


# A condition, then what to do: "If you or someone you know is in crisis, call or text
# 988 …" (which the parser may root in the condition's own verb).
_CONDITION_FIRST = re.compile(r"\s*(?:if|when|whenever|unless)\b[^,;:]{1,120},\s*(?:please\s+)?"
                              r"(?P<verb>[a-z]+)\b", re.IGNORECASE)


# (the condition may list its cases between commas: "If a verruca bleeds, spreads or
# changes in appearance, see your GP or a pharmacist.")
_AFTER_COMMA = re.compile(r",\s*(?:please\s+)?(?P<verb>[a-z]+)\b")
_SUBJECT_AFTER_COMMA = re.compile(r",\s*(?:we|you|they|i|he|she|it|there|this|that)\b",
                                  re.IGNORECASE)


def _commands_after_condition(span: Span) -> bool:
    text = text_of(span)
    m = _CONDITION_FIRST.match(text)
    if not m:
        return False
    first = text.find(",", m.start())
    # (up to the sentence's end after it: "If you take 2.5 mg, take …" has a stop before)
    end = next((k for k in range(first, len(text)) if text[k] in ".;:!?"), len(text))
    # Past the first comma only while no clause with its own subject follows one (that
    # is the sentence's own: "If the tooth can be saved, we remove the pulp, clean …").
    verbs = [m] if _SUBJECT_AFTER_COMMA.search(text, first, end) \
        else list(_AFTER_COMMA.finditer(text, first, end))
    return any((verb := span.char_span(v.start("verb"), v.end("verb")))
               and (verb[0].tag_ == "VB" or verb[0].lower_ in cues()["instruction_verbs"])
               for v in verbs)


# A discourse marker the parser takes for the sentence's own verb ("That said, …":
# rooted at "said").
# What comes before a sentence's own clause: "That said, …", or a purpose put first
# ("To receive credit, complete the post-test …", which the parser reads as one verb
# phrase); what follows is read alone.
_THAT_SAID = re.compile(r"\s*(?:that\s+(?:being\s+)?said|having\s+said\s+that|with\s+that\s+said"
                        r"|to\s+[a-z]+\b[^,.;:!?]{0,60})\s*,\s*", re.IGNORECASE)


def _misread_series_of_commands(root: Token) -> bool:
    """``Use insect repellent, wear long sleeves, and stay …``: the first instruction
    tagged as a noun, the subject of the second; it still has its object ("Rest and
    fluids help" has none)."""
    subjects = _subjects(root)
    return (root.tag_ == "VBP" and len(subjects) == 1 and subjects[0].i == root.sent.start
            and subjects[0].lower_ in cues()["instruction_verbs"]
            and any(c.dep_ == "dobj" for c in subjects[0].children)
            and any(c.dep_ == "conj" and c.tag_ == "VB" for c in root.children))


def forbids(span: Span) -> bool:
    """A negative instruction: "do not" or "never" and a verb's base form opening
    the span, with or without a final stop."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) >= 3 and words[0].lower_ == "do" and words[1].lower_ in ("not", "n't", "n’t"):
        return words[2].tag_ == "VB"
    return len(words) >= 2 and words[0].lower_ == "never" and words[1].tag_ == "VB"


# --- hedges ------------------------------------------------------------------


def _hedge_token(token: Token) -> bool:
    c = cues()
    word = token.lower_
    if word in c["hedge_modals"]:
        # "May" the month is a proper noun; without tags (blank model) trust the word.
        return token.tag_ in ("MD", "")
    if (word in c["hedge_adjectives"] and token.tag_ != "NNP") or word in c["hedge_adverbs"]:
        return True
    lemma = token.lemma_.lower() or word
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    if lemma in c["hedge_raising_verbs"] and nxt is not None and nxt.lower_ == "to":
        return True  # appears to, seems to
    if lemma in c["hedge_passive_verbs"] and token.tag_ == "VBN" and nxt is not None:
        return nxt.lower_ == "to"  # is thought to, is believed to
    if lemma in c["hedge_reporting_verbs"] and token.pos_ == "VERB":
        # "studies suggest that …"; not "we suggest you …" (a recommendation)
        clause = nxt is not None and nxt.lower_ == "that"
        return (clause or any(ch.dep_ == "ccomp" for ch in token.children)) and not any(
            s.lower_ in ("we", "i", "you") for s in _subjects(token))
    if lemma == "promise" and token.head.lemma_.lower() == "show":
        return True  # shows promise
    if word == "can":
        # can help / can be helpful; a plain "can" (ability, possibility) is no hedge.
        verb = token.head
        following = [verb, *[ch for ch in verb.children if ch.dep_ in ("acomp", "xcomp")]]
        return any(t.lemma_.lower() in c["hedge_helpful_lemmas"] for t in following)
    return False


def is_hedged(span: Span) -> bool:
    return any(_hedge_token(t) for t in span)
