"""The ``__init__`` of every record class of the package, compiled ahead: source (as
``slotted._init_source`` writes it) -> its code, which ``slotted._init`` makes a function of.
Written by ``python tools/build_tables.py``, do not edit; a class changed since is not
found here and is compiled at run time as before, and tests/test_slotted.py fails until this is
written again."""

INITS = {}


def __init__(self, anchor, entry, closer, words):
    self.anchor = anchor
    self.entry = entry
    self.closer = closer
    self.words = words


INITS[('def __init__(self, anchor=_d_anchor, entry=_d_entry, closer=_d_closer, words=_d_words):\n'
       '    self.anchor = anchor\n'
       '    self.entry = entry\n'
       '    self.closer = closer\n'
       '    self.words = words\n')] = __init__.__code__


def __init__(self, authors, editors, contributors, outlets, pictured, evidence):
    self.authors = _f_authors() if authors is _MISSING else authors
    self.editors = _f_editors() if editors is _MISSING else editors
    self.contributors = _f_contributors() if contributors is _MISSING else contributors
    self.outlets = _f_outlets() if outlets is _MISSING else outlets
    self.pictured = _f_pictured() if pictured is _MISSING else pictured
    self.evidence = _f_evidence() if evidence is _MISSING else evidence


INITS[('def __init__(self, authors=_MISSING, editors=_MISSING, contributors=_MISSING, outlets=_MISSING, pictured=_MISSING, evidence=_MISSING):\n'
       '    self.authors = _f_authors() if authors is _MISSING else authors\n'
       '    self.editors = _f_editors() if editors is _MISSING else editors\n'
       '    self.contributors = _f_contributors() if contributors is _MISSING else contributors\n'
       '    self.outlets = _f_outlets() if outlets is _MISSING else outlets\n'
       '    self.pictured = _f_pictured() if pictured is _MISSING else pictured\n'
       '    self.evidence = _f_evidence() if evidence is _MISSING else evidence\n')] = __init__.__code__


def __init__(self, body, titles, credits, dates, span):
    _s_body(self, body)
    _s_titles(self, titles)
    _s_credits(self, credits)
    _s_dates(self, dates)
    _s_span(self, span)


INITS[('def __init__(self, body, titles, credits, dates, span):\n'
       '    _s_body(self, body)\n'
       '    _s_titles(self, titles)\n'
       '    _s_credits(self, credits)\n'
       '    _s_dates(self, dates)\n'
       '    _s_span(self, span)\n')] = __init__.__code__


def __init__(self, date, page, words, outlet, section):
    _s_date(self, date)
    _s_page(self, page)
    _s_words(self, words)
    _s_outlet(self, outlet)
    _s_section(self, section)


INITS[('def __init__(self, date, page, words, outlet, section):\n'
       '    _s_date(self, date)\n'
       '    _s_page(self, page)\n'
       '    _s_words(self, words)\n'
       '    _s_outlet(self, outlet)\n'
       '    _s_section(self, section)\n')] = __init__.__code__


def __init__(self, doc, rows, by_line, context):
    self.doc = doc
    self.rows = rows
    self.by_line = by_line
    self.context = context


INITS[('def __init__(self, doc, rows, by_line, context):\n'
       '    self.doc = doc\n'
       '    self.rows = rows\n'
       '    self.by_line = by_line\n'
       '    self.context = context\n')] = __init__.__code__


def __init__(self, encoding, sure):
    _s_encoding(self, encoding)
    _s_sure(self, sure)


INITS[('def __init__(self, encoding, sure=_d_sure):\n'
       '    _s_encoding(self, encoding)\n'
       '    _s_sure(self, sure)\n')] = __init__.__code__


def __init__(self, header, label, starts_label, centered, body_label_first, copyright_trailer, trailer_line, labelled_title_wins, load_date_fallback, no_body, coded, anchor, anchor_key, no_anchor, anchor_scan, above, below, below_goes_on, closing, tail, furniture, finish, free):
    _s_header(self, header)
    _s_label(self, label)
    _s_starts_label(self, starts_label)
    _s_centered(self, centered)
    _s_body_label_first(self, body_label_first)
    _s_copyright_trailer(self, copyright_trailer)
    _s_trailer_line(self, trailer_line)
    _s_labelled_title_wins(self, labelled_title_wins)
    _s_load_date_fallback(self, load_date_fallback)
    _s_no_body(self, no_body)
    _s_coded(self, coded)
    _s_anchor(self, anchor)
    _s_anchor_key(self, anchor_key)
    _s_no_anchor(self, no_anchor)
    _s_anchor_scan(self, anchor_scan)
    _s_above(self, above)
    _s_below(self, below)
    _s_below_goes_on(self, below_goes_on)
    _s_closing(self, closing)
    _s_tail(self, tail)
    _s_furniture(self, furniture)
    _s_finish(self, finish)
    _s_free(self, free)


INITS[('def __init__(self, header=_d_header, label=_d_label, starts_label=_d_starts_label, centered=_d_centered, body_label_first=_d_body_label_first, copyright_trailer=_d_copyright_trailer, trailer_line=_d_trailer_line, labelled_title_wins=_d_labelled_title_wins, load_date_fallback=_d_load_date_fallback, no_body=_d_no_body, coded=_d_coded, anchor=_d_anchor, anchor_key=_d_anchor_key, no_anchor=_d_no_anchor, anchor_scan=_d_anchor_scan, above=_d_above, below=_d_below, below_goes_on=_d_below_goes_on, closing=_d_closing, tail=_d_tail, furniture=_d_furniture, finish=_d_finish, free=_d_free):\n'
       '    _s_header(self, header)\n'
       '    _s_label(self, label)\n'
       '    _s_starts_label(self, starts_label)\n'
       '    _s_centered(self, centered)\n'
       '    _s_body_label_first(self, body_label_first)\n'
       '    _s_copyright_trailer(self, copyright_trailer)\n'
       '    _s_trailer_line(self, trailer_line)\n'
       '    _s_labelled_title_wins(self, labelled_title_wins)\n'
       '    _s_load_date_fallback(self, load_date_fallback)\n'
       '    _s_no_body(self, no_body)\n'
       '    _s_coded(self, coded)\n'
       '    _s_anchor(self, anchor)\n'
       '    _s_anchor_key(self, anchor_key)\n'
       '    _s_no_anchor(self, no_anchor)\n'
       '    _s_anchor_scan(self, anchor_scan)\n'
       '    _s_above(self, above)\n'
       '    _s_below(self, below)\n'
       '    _s_below_goes_on(self, below_goes_on)\n'
       '    _s_closing(self, closing)\n'
       '    _s_tail(self, tail)\n'
       '    _s_furniture(self, furniture)\n'
       '    _s_finish(self, finish)\n'
       '    _s_free(self, free)\n')] = __init__.__code__


def __init__(self, index, start, end, stop, raw, text, indent, words, stops, bullet, sentence_end, digits, repeats, listed):
    self.index = index
    self.start = start
    self.end = end
    self.stop = stop
    self.raw = raw
    self.text = text
    self.indent = indent
    self.words = words
    self.stops = stops
    self.bullet = bullet
    self.sentence_end = sentence_end
    self.digits = digits
    self.repeats = repeats
    self.listed = listed


INITS[('def __init__(self, index, start, end, stop, raw, text, indent, words, stops, bullet, sentence_end, digits, repeats=_d_repeats, listed=_d_listed):\n'
       '    self.index = index\n'
       '    self.start = start\n'
       '    self.end = end\n'
       '    self.stop = stop\n'
       '    self.raw = raw\n'
       '    self.text = text\n'
       '    self.indent = indent\n'
       '    self.words = words\n'
       '    self.stops = stops\n'
       '    self.bullet = bullet\n'
       '    self.sentence_end = sentence_end\n'
       '    self.digits = digits\n'
       '    self.repeats = repeats\n'
       '    self.listed = listed\n')] = __init__.__code__


def __init__(self, inputs, parsed, failed, skipped, existing, articles):
    self.inputs = inputs
    self.parsed = parsed
    self.failed = failed
    self.skipped = skipped
    self.existing = existing
    self.articles = articles


INITS[('def __init__(self, inputs=_d_inputs, parsed=_d_parsed, failed=_d_failed, skipped=_d_skipped, existing=_d_existing, articles=_d_articles):\n'
       '    self.inputs = inputs\n'
       '    self.parsed = parsed\n'
       '    self.failed = failed\n'
       '    self.skipped = skipped\n'
       '    self.existing = existing\n'
       '    self.articles = articles\n')] = __init__.__code__


def __init__(self, key, test, take, where, absent):
    _s_key(self, key)
    _s_test(self, test)
    _s_take(self, take)
    _s_where(self, where)
    _s_absent(self, absent)


INITS[('def __init__(self, key, test, take=_d_take, where=_d_where, absent=_d_absent):\n'
       '    _s_key(self, key)\n'
       '    _s_test(self, test)\n'
       '    _s_take(self, take)\n'
       '    _s_where(self, where)\n'
       '    _s_absent(self, absent)\n')] = __init__.__code__


def __init__(self, key, value, start, end, label):
    _s_key(self, key)
    _s_value(self, value)
    _s_start(self, start)
    _s_end(self, end)
    _s_label(self, label)


INITS[('def __init__(self, key, value, start, end, label=_d_label):\n'
       '    _s_key(self, key)\n'
       '    _s_value(self, value)\n'
       '    _s_start(self, start)\n'
       '    _s_end(self, end)\n'
       '    _s_label(self, label)\n')] = __init__.__code__


def __init__(self, kind, start, end):
    _s_kind(self, kind)
    _s_start(self, start)
    _s_end(self, end)


INITS[('def __init__(self, kind, start, end):\n'
       '    _s_kind(self, kind)\n'
       '    _s_start(self, start)\n'
       '    _s_end(self, end)\n')] = __init__.__code__


def __init__(self, kind, text, offset, note):
    _s_kind(self, kind)
    _s_text(self, text)
    _s_offset(self, offset)
    _s_note(self, note)


INITS[('def __init__(self, kind, text, offset, note=_d_note):\n'
       '    _s_kind(self, kind)\n'
       '    _s_text(self, text)\n'
       '    _s_offset(self, offset)\n'
       '    _s_note(self, note)\n')] = __init__.__code__


def __init__(self, line, block, block_size, block_pos, rank, chars, letters, words, stop_share, caps_share, upper, digit_share, punct_share, sentence_end, end_char, link, placeholder, separators, chrome_share, code, by, labels, label_keys, published_cue, updated_cue, end_cue, teaser, end_heading, notice, prompt, copyright, rights, caption, reading_time, ad, crumb, name_like, credit_cue, credit_later, role_credits, name_in, given_name, staff, email, sign_off, dateline, dates, date_share, date_value, repeats, listed, echo):
    _s_line(self, line)
    _s_block(self, block)
    _s_block_size(self, block_size)
    _s_block_pos(self, block_pos)
    _s_rank(self, rank)
    _s_chars(self, chars)
    _s_letters(self, letters)
    _s_words(self, words)
    _s_stop_share(self, stop_share)
    _s_caps_share(self, caps_share)
    _s_upper(self, upper)
    _s_digit_share(self, digit_share)
    _s_punct_share(self, punct_share)
    _s_sentence_end(self, sentence_end)
    _s_end_char(self, end_char)
    _s_link(self, link)
    _s_placeholder(self, placeholder)
    _s_separators(self, separators)
    _s_chrome_share(self, chrome_share)
    _s_code(self, code)
    _s_by(self, by)
    _s_labels(self, labels)
    _s_label_keys(self, label_keys)
    _s_published_cue(self, published_cue)
    _s_updated_cue(self, updated_cue)
    _s_end_cue(self, end_cue)
    _s_teaser(self, teaser)
    _s_end_heading(self, end_heading)
    _s_notice(self, notice)
    _s_prompt(self, prompt)
    _s_copyright(self, copyright)
    _s_rights(self, rights)
    _s_caption(self, caption)
    _s_reading_time(self, reading_time)
    _s_ad(self, ad)
    _s_crumb(self, crumb)
    _s_name_like(self, name_like)
    _s_credit_cue(self, credit_cue)
    _s_credit_later(self, credit_later)
    _s_role_credits(self, role_credits)
    _s_name_in(self, name_in)
    _s_given_name(self, given_name)
    _s_staff(self, staff)
    _s_email(self, email)
    _s_sign_off(self, sign_off)
    _s_dateline(self, dateline)
    _s_dates(self, dates)
    _s_date_share(self, date_share)
    _s_date_value(self, date_value)
    _s_repeats(self, repeats)
    _s_listed(self, listed)
    _s_echo(self, echo)


INITS[('def __init__(self, line, block, block_size, block_pos, rank, chars, letters, words, stop_share, caps_share, upper, digit_share, punct_share, sentence_end, end_char, link, placeholder, separators, chrome_share, code, by, labels, label_keys, published_cue, updated_cue, end_cue, teaser, end_heading, notice, prompt, copyright, rights, caption, reading_time, ad, crumb, name_like, credit_cue, credit_later, role_credits, name_in, given_name, staff, email, sign_off, dateline, dates, date_share, date_value, repeats, listed, echo):\n'
       '    _s_line(self, line)\n'
       '    _s_block(self, block)\n'
       '    _s_block_size(self, block_size)\n'
       '    _s_block_pos(self, block_pos)\n'
       '    _s_rank(self, rank)\n'
       '    _s_chars(self, chars)\n'
       '    _s_letters(self, letters)\n'
       '    _s_words(self, words)\n'
       '    _s_stop_share(self, stop_share)\n'
       '    _s_caps_share(self, caps_share)\n'
       '    _s_upper(self, upper)\n'
       '    _s_digit_share(self, digit_share)\n'
       '    _s_punct_share(self, punct_share)\n'
       '    _s_sentence_end(self, sentence_end)\n'
       '    _s_end_char(self, end_char)\n'
       '    _s_link(self, link)\n'
       '    _s_placeholder(self, placeholder)\n'
       '    _s_separators(self, separators)\n'
       '    _s_chrome_share(self, chrome_share)\n'
       '    _s_code(self, code)\n'
       '    _s_by(self, by)\n'
       '    _s_labels(self, labels)\n'
       '    _s_label_keys(self, label_keys)\n'
       '    _s_published_cue(self, published_cue)\n'
       '    _s_updated_cue(self, updated_cue)\n'
       '    _s_end_cue(self, end_cue)\n'
       '    _s_teaser(self, teaser)\n'
       '    _s_end_heading(self, end_heading)\n'
       '    _s_notice(self, notice)\n'
       '    _s_prompt(self, prompt)\n'
       '    _s_copyright(self, copyright)\n'
       '    _s_rights(self, rights)\n'
       '    _s_caption(self, caption)\n'
       '    _s_reading_time(self, reading_time)\n'
       '    _s_ad(self, ad)\n'
       '    _s_crumb(self, crumb)\n'
       '    _s_name_like(self, name_like)\n'
       '    _s_credit_cue(self, credit_cue)\n'
       '    _s_credit_later(self, credit_later)\n'
       '    _s_role_credits(self, role_credits)\n'
       '    _s_name_in(self, name_in)\n'
       '    _s_given_name(self, given_name)\n'
       '    _s_staff(self, staff)\n'
       '    _s_email(self, email)\n'
       '    _s_sign_off(self, sign_off)\n'
       '    _s_dateline(self, dateline)\n'
       '    _s_dates(self, dates)\n'
       '    _s_date_share(self, date_share)\n'
       '    _s_date_value(self, date_value)\n'
       '    _s_repeats(self, repeats)\n'
       '    _s_listed(self, listed)\n'
       '    _s_echo(self, echo)\n')] = __init__.__code__


def __init__(self, location, date, agency, raw):
    _s_location(self, location)
    _s_date(self, date)
    _s_agency(self, agency)
    _s_raw(self, raw)


INITS[('def __init__(self, location, date, agency, raw):\n'
       '    _s_location(self, location)\n'
       '    _s_date(self, date)\n'
       '    _s_agency(self, agency)\n'
       '    _s_raw(self, raw)\n')] = __init__.__code__


def __init__(self, location, date_text, date_start, agency, end, credit):
    _s_location(self, location)
    _s_date_text(self, date_text)
    _s_date_start(self, date_start)
    _s_agency(self, agency)
    _s_end(self, end)
    _s_credit(self, credit)


INITS[('def __init__(self, location, date_text, date_start, agency, end, credit=_d_credit):\n'
       '    _s_location(self, location)\n'
       '    _s_date_text(self, date_text)\n'
       '    _s_date_start(self, date_start)\n'
       '    _s_agency(self, agency)\n'
       '    _s_end(self, end)\n'
       '    _s_credit(self, credit)\n')] = __init__.__code__


def __init__(self, name, detect, record, keep, opens, closes, divides, starts_after, opens_story, tentative, opens_like, tentative_lines, form_feeds, lead, cover, read_cover, none_found, cut):
    _s_name(self, name)
    _s_detect(self, detect)
    _s_record(self, record)
    _s_keep(self, keep)
    _s_opens(self, opens)
    _s_closes(self, closes)
    _s_divides(self, divides)
    _s_starts_after(self, starts_after)
    _s_opens_story(self, opens_story)
    _s_tentative(self, tentative)
    _s_opens_like(self, opens_like)
    _s_tentative_lines(self, tentative_lines)
    _s_form_feeds(self, form_feeds)
    _s_lead(self, lead)
    _s_cover(self, cover)
    _s_read_cover(self, read_cover)
    _s_none_found(self, none_found)
    _s_cut(self, cut)


INITS[('def __init__(self, name, detect, record=_d_record, keep=_d_keep, opens=_d_opens, closes=_d_closes, divides=_d_divides, starts_after=_d_starts_after, opens_story=_d_opens_story, tentative=_d_tentative, opens_like=_d_opens_like, tentative_lines=_d_tentative_lines, form_feeds=_d_form_feeds, lead=_d_lead, cover=_d_cover, read_cover=_d_read_cover, none_found=_d_none_found, cut=_d_cut):\n'
       '    _s_name(self, name)\n'
       '    _s_detect(self, detect)\n'
       '    _s_record(self, record)\n'
       '    _s_keep(self, keep)\n'
       '    _s_opens(self, opens)\n'
       '    _s_closes(self, closes)\n'
       '    _s_divides(self, divides)\n'
       '    _s_starts_after(self, starts_after)\n'
       '    _s_opens_story(self, opens_story)\n'
       '    _s_tentative(self, tentative)\n'
       '    _s_opens_like(self, opens_like)\n'
       '    _s_tentative_lines(self, tentative_lines)\n'
       '    _s_form_feeds(self, form_feeds)\n'
       '    _s_lead(self, lead)\n'
       '    _s_cover(self, cover)\n'
       '    _s_read_cover(self, read_cover)\n'
       '    _s_none_found(self, none_found)\n'
       '    _s_cut(self, cut)\n')] = __init__.__code__


def __init__(self, name, kind, country, language, timezone, aliases, domains):
    _s_name(self, name)
    _s_kind(self, kind)
    _s_country(self, country)
    _s_language(self, language)
    _s_timezone(self, timezone)
    _s_aliases(self, aliases)
    _s_domains(self, domains)


INITS[('def __init__(self, name, kind=_d_kind, country=_d_country, language=_d_language, timezone=_d_timezone, aliases=_d_aliases, domains=_d_domains):\n'
       '    _s_name(self, name)\n'
       '    _s_kind(self, kind)\n'
       '    _s_country(self, country)\n'
       '    _s_language(self, language)\n'
       '    _s_timezone(self, timezone)\n'
       '    _s_aliases(self, aliases)\n'
       '    _s_domains(self, domains)\n')] = __init__.__code__


def __init__(self, name, kind, path, member, rel, error, skipped, data, size):
    _s_name(self, name)
    _s_kind(self, kind)
    _s_path(self, path)
    _s_member(self, member)
    _s_rel(self, rel)
    _s_error(self, error)
    _s_skipped(self, skipped)
    _s_data(self, data)
    _s_size(self, size)


INITS[('def __init__(self, name, kind=_d_kind, path=_d_path, member=_d_member, rel=_d_rel, error=_d_error, skipped=_d_skipped, data=_d_data, size=_d_size):\n'
       '    _s_name(self, name)\n'
       '    _s_kind(self, kind)\n'
       '    _s_path(self, path)\n'
       '    _s_member(self, member)\n'
       '    _s_rel(self, rel)\n'
       '    _s_error(self, error)\n'
       '    _s_skipped(self, skipped)\n'
       '    _s_data(self, data)\n'
       '    _s_size(self, size)\n')] = __init__.__code__


def __init__(self, name, role):
    _s_name(self, name)
    _s_role(self, role)


INITS[('def __init__(self, name, role):\n'
       '    _s_name(self, name)\n'
       '    _s_role(self, role)\n')] = __init__.__code__


def __init__(self, name, shown, articles, error, skipped, existing, pieces, encoding, target, detail):
    self.name = name
    self.shown = shown
    self.articles = articles
    self.error = error
    self.skipped = skipped
    self.existing = existing
    self.pieces = _f_pieces() if pieces is _MISSING else pieces
    self.encoding = encoding
    self.target = target
    self.detail = detail


INITS[('def __init__(self, name, shown, articles=_d_articles, error=_d_error, skipped=_d_skipped, existing=_d_existing, pieces=_MISSING, encoding=_d_encoding, target=_d_target, detail=_d_detail):\n'
       '    self.name = name\n'
       '    self.shown = shown\n'
       '    self.articles = articles\n'
       '    self.error = error\n'
       '    self.skipped = skipped\n'
       '    self.existing = existing\n'
       '    self.pieces = _f_pieces() if pieces is _MISSING else pieces\n'
       '    self.encoding = encoding\n'
       '    self.target = target\n'
       '    self.detail = detail\n')] = __init__.__code__


def __init__(self, number, title, at, cite, cite_line):
    self.number = number
    self.title = title
    self.at = at
    self.cite = cite
    self.cite_line = cite_line


INITS[('def __init__(self, number, title, at=_d_at, cite=_d_cite, cite_line=_d_cite_line):\n'
       '    self.number = number\n'
       '    self.title = title\n'
       '    self.at = at\n'
       '    self.cite = cite\n'
       '    self.cite_line = cite_line\n')] = __init__.__code__


def __init__(self, options, fmt, fields, timeout, max_bytes, skip_existing):
    _s_options(self, options)
    _s_fmt(self, fmt)
    _s_fields(self, fields)
    _s_timeout(self, timeout)
    _s_max_bytes(self, max_bytes)
    _s_skip_existing(self, skip_existing)


INITS[('def __init__(self, options, fmt, fields=_d_fields, timeout=_d_timeout, max_bytes=_d_max_bytes, skip_existing=_d_skip_existing):\n'
       '    _s_options(self, options)\n'
       '    _s_fmt(self, fmt)\n'
       '    _s_fields(self, fields)\n'
       '    _s_timeout(self, timeout)\n'
       '    _s_max_bytes(self, max_bytes)\n'
       '    _s_skip_existing(self, skip_existing)\n')] = __init__.__code__


def __init__(self, owns, codes, nears, page, firsts):
    self.owns = owns
    self.codes = codes
    self.nears = nears
    self.page = page
    self.firsts = firsts


INITS[('def __init__(self, owns, codes, nears, page, firsts):\n'
       '    self.owns = owns\n'
       '    self.codes = codes\n'
       '    self.nears = nears\n'
       '    self.page = page\n'
       '    self.firsts = firsts\n')] = __init__.__code__


def __init__(self, p1, words, heads, soft_overlap, prefix, next_prose, prev_prose, block_mean, cut_blocks, window, cue_above, notice_above, dateline_above, quoted, images, densest):
    self.p1 = p1
    self.words = words
    self.heads = heads
    self.soft_overlap = soft_overlap
    self.prefix = prefix
    self.next_prose = next_prose
    self.prev_prose = prev_prose
    self.block_mean = block_mean
    self.cut_blocks = cut_blocks
    self.window = window
    self.cue_above = cue_above
    self.notice_above = notice_above
    self.dateline_above = dateline_above
    self.quoted = quoted
    self.images = images
    self.densest = densest


INITS[('def __init__(self, p1, words, heads, soft_overlap, prefix, next_prose, prev_prose, block_mean, cut_blocks, window, cue_above, notice_above, dateline_above, quoted, images, densest):\n'
       '    self.p1 = p1\n'
       '    self.words = words\n'
       '    self.heads = heads\n'
       '    self.soft_overlap = soft_overlap\n'
       '    self.prefix = prefix\n'
       '    self.next_prose = next_prose\n'
       '    self.prev_prose = prev_prose\n'
       '    self.block_mean = block_mean\n'
       '    self.cut_blocks = cut_blocks\n'
       '    self.window = window\n'
       '    self.cue_above = cue_above\n'
       '    self.notice_above = notice_above\n'
       '    self.dateline_above = dateline_above\n'
       '    self.quoted = quoted\n'
       '    self.images = images\n'
       '    self.densest = densest\n')] = __init__.__code__


def __init__(self, path, index, title, subtitle, section, breadcrumb, source, agencies, published, updated, authors, editors, contributors, dateline, language, body, word_count, segments, evidence, extra, warnings, encoding):
    _s_path(self, path)
    _s_index(self, index)
    _s_title(self, title)
    _s_subtitle(self, subtitle)
    _s_section(self, section)
    _s_breadcrumb(self, breadcrumb)
    _s_source(self, source)
    _s_agencies(self, agencies)
    _s_published(self, published)
    _s_updated(self, updated)
    _s_authors(self, authors)
    _s_editors(self, editors)
    _s_contributors(self, contributors)
    _s_dateline(self, dateline)
    _s_language(self, language)
    _s_body(self, body)
    _s_word_count(self, word_count)
    _s_segments(self, segments)
    _s_evidence(self, _f_evidence() if evidence is _MISSING else evidence)
    _s_extra(self, _f_extra() if extra is _MISSING else extra)
    _s_warnings(self, warnings)
    _s_encoding(self, encoding)


INITS[('def __init__(self, path, index, title=_d_title, subtitle=_d_subtitle, section=_d_section, breadcrumb=_d_breadcrumb, source=_d_source, agencies=_d_agencies, published=_d_published, updated=_d_updated, authors=_d_authors, editors=_d_editors, contributors=_d_contributors, dateline=_d_dateline, language=_d_language, body=_d_body, word_count=_d_word_count, segments=_d_segments, evidence=_MISSING, extra=_MISSING, warnings=_d_warnings, encoding=_d_encoding):\n'
       '    _s_path(self, path)\n'
       '    _s_index(self, index)\n'
       '    _s_title(self, title)\n'
       '    _s_subtitle(self, subtitle)\n'
       '    _s_section(self, section)\n'
       '    _s_breadcrumb(self, breadcrumb)\n'
       '    _s_source(self, source)\n'
       '    _s_agencies(self, agencies)\n'
       '    _s_published(self, published)\n'
       '    _s_updated(self, updated)\n'
       '    _s_authors(self, authors)\n'
       '    _s_editors(self, editors)\n'
       '    _s_contributors(self, contributors)\n'
       '    _s_dateline(self, dateline)\n'
       '    _s_language(self, language)\n'
       '    _s_body(self, body)\n'
       '    _s_word_count(self, word_count)\n'
       '    _s_segments(self, segments)\n'
       '    _s_evidence(self, _f_evidence() if evidence is _MISSING else evidence)\n'
       '    _s_extra(self, _f_extra() if extra is _MISSING else extra)\n'
       '    _s_warnings(self, warnings)\n'
       '    _s_encoding(self, encoding)\n')] = __init__.__code__


def __init__(self, people, outlets):
    self.people = people
    self.outlets = outlets


INITS[('def __init__(self, people, outlets):\n'
       '    self.people = people\n'
       '    self.outlets = outlets\n')] = __init__.__code__


def __init__(self, raw, start, end):
    _s_raw(self, raw)
    _s_start(self, start)
    _s_end(self, end)


INITS[('def __init__(self, raw, start, end):\n'
       '    _s_raw(self, raw)\n'
       '    _s_start(self, start)\n'
       '    _s_end(self, end)\n')] = __init__.__code__


def __init__(self, reference, dayfirst, language, country, home_zone, shown_order):
    _s_reference(self, reference)
    _s_dayfirst(self, dayfirst)
    _s_language(self, language)
    _s_country(self, country)
    _s_home_zone(self, home_zone)
    _s_shown_order(self, shown_order)


INITS[('def __init__(self, reference=_d_reference, dayfirst=_d_dayfirst, language=_d_language, country=_d_country, home_zone=_d_home_zone, shown_order=_d_shown_order):\n'
       '    _s_reference(self, reference)\n'
       '    _s_dayfirst(self, dayfirst)\n'
       '    _s_language(self, language)\n'
       '    _s_country(self, country)\n'
       '    _s_home_zone(self, home_zone)\n'
       '    _s_shown_order(self, shown_order)\n')] = __init__.__code__


def __init__(self, reference_date, dayfirst, layout, encoding, sources):
    _s_reference_date(self, reference_date)
    _s_dayfirst(self, dayfirst)
    _s_layout(self, layout)
    _s_encoding(self, encoding)
    _s_sources(self, sources)


INITS[('def __init__(self, reference_date=_d_reference_date, dayfirst=_d_dayfirst, layout=_d_layout, encoding=_d_encoding, sources=_d_sources):\n'
       '    _s_reference_date(self, reference_date)\n'
       '    _s_dayfirst(self, dayfirst)\n'
       '    _s_layout(self, layout)\n'
       '    _s_encoding(self, encoding)\n'
       '    _s_sources(self, sources)\n')] = __init__.__code__


def __init__(self, segments, keep, body, title, credits, dates, first_cut, last_cut, standfirst):
    _s_segments(self, segments)
    _s_keep(self, keep)
    _s_body(self, body)
    _s_title(self, title)
    _s_credits(self, credits)
    _s_dates(self, dates)
    _s_first_cut(self, first_cut)
    _s_last_cut(self, last_cut)
    _s_standfirst(self, standfirst)


INITS[('def __init__(self, segments, keep, body, title=_d_title, credits=_d_credits, dates=_d_dates, first_cut=_d_first_cut, last_cut=_d_last_cut, standfirst=_d_standfirst):\n'
       '    _s_segments(self, segments)\n'
       '    _s_keep(self, keep)\n'
       '    _s_body(self, body)\n'
       '    _s_title(self, title)\n'
       '    _s_credits(self, credits)\n'
       '    _s_dates(self, dates)\n'
       '    _s_first_cut(self, first_cut)\n'
       '    _s_last_cut(self, last_cut)\n'
       '    _s_standfirst(self, standfirst)\n')] = __init__.__code__


def __init__(self, src, articles, encoding, error, detail, late, file, existing, target):
    self.src = src
    self.articles = articles
    self.encoding = encoding
    self.error = error
    self.detail = detail
    self.late = late
    self.file = file
    self.existing = existing
    self.target = target


INITS[('def __init__(self, src, articles=_d_articles, encoding=_d_encoding, error=_d_error, detail=_d_detail, late=_d_late, file=_d_file, existing=_d_existing, target=_d_target):\n'
       '    self.src = src\n'
       '    self.articles = articles\n'
       '    self.encoding = encoding\n'
       '    self.error = error\n'
       '    self.detail = detail\n'
       '    self.late = late\n'
       '    self.file = file\n'
       '    self.existing = existing\n'
       '    self.target = target\n')] = __init__.__code__


def __init__(self, srcs):
    self.srcs = srcs


INITS[('def __init__(self, srcs):\n'
       '    self.srcs = srcs\n')] = __init__.__code__


def __init__(self, start, end, kind, year, month, day, digits, days, weekday, clock, zone, solar):
    self.start = start
    self.end = end
    self.kind = kind
    self.year = year
    self.month = month
    self.day = day
    self.digits = digits
    self.days = days
    self.weekday = weekday
    self.clock = clock
    self.zone = zone
    self.solar = solar


INITS[('def __init__(self, start, end, kind, year=_d_year, month=_d_month, day=_d_day, digits=_d_digits, days=_d_days, weekday=_d_weekday, clock=_d_clock, zone=_d_zone, solar=_d_solar):\n'
       '    self.start = start\n'
       '    self.end = end\n'
       '    self.kind = kind\n'
       '    self.year = year\n'
       '    self.month = month\n'
       '    self.day = day\n'
       '    self.digits = digits\n'
       '    self.days = days\n'
       '    self.weekday = weekday\n'
       '    self.clock = clock\n'
       '    self.zone = zone\n'
       '    self.solar = solar\n')] = __init__.__code__


def __init__(self, start, end, raw, value, warning):
    _s_start(self, start)
    _s_end(self, end)
    _s_raw(self, raw)
    _s_value(self, value)
    _s_warning(self, warning)


INITS[('def __init__(self, start, end, raw, value, warning=_d_warning):\n'
       '    _s_start(self, start)\n'
       '    _s_end(self, end)\n'
       '    _s_raw(self, raw)\n'
       '    _s_value(self, value)\n'
       '    _s_warning(self, warning)\n')] = __init__.__code__


def __init__(self, text, offset, layout, index, fields, body, extra, warnings, body_column):
    _s_text(self, text)
    _s_offset(self, offset)
    _s_layout(self, layout)
    _s_index(self, index)
    _s_fields(self, fields)
    _s_body(self, body)
    _s_extra(self, _f_extra() if extra is _MISSING else extra)
    _s_warnings(self, warnings)
    _s_body_column(self, body_column)


INITS[('def __init__(self, text, offset, layout, index=_d_index, fields=_d_fields, body=_d_body, extra=_MISSING, warnings=_d_warnings, body_column=_d_body_column):\n'
       '    _s_text(self, text)\n'
       '    _s_offset(self, offset)\n'
       '    _s_layout(self, layout)\n'
       '    _s_index(self, index)\n'
       '    _s_fields(self, fields)\n'
       '    _s_body(self, body)\n'
       '    _s_extra(self, _f_extra() if extra is _MISSING else extra)\n'
       '    _s_warnings(self, warnings)\n'
       '    _s_body_column(self, body_column)\n')] = __init__.__code__


def __init__(self, text, offset, lines, script):
    self.text = text
    self.offset = offset
    self.lines = lines
    self.script = script


INITS[('def __init__(self, text, offset, lines, script):\n'
       '    self.text = text\n'
       '    self.offset = offset\n'
       '    self.lines = lines\n'
       '    self.script = script\n')] = __init__.__code__


def __init__(self, title, subtitle, section, breadcrumb, source, agencies, published, updated, authors, editors, contributors, dateline, language, body, evidence, extra, warnings):
    self.title = title
    self.subtitle = subtitle
    self.section = section
    self.breadcrumb = _f_breadcrumb() if breadcrumb is _MISSING else breadcrumb
    self.source = source
    self.agencies = _f_agencies() if agencies is _MISSING else agencies
    self.published = published
    self.updated = updated
    self.authors = _f_authors() if authors is _MISSING else authors
    self.editors = _f_editors() if editors is _MISSING else editors
    self.contributors = _f_contributors() if contributors is _MISSING else contributors
    self.dateline = dateline
    self.language = language
    self.body = body
    self.evidence = _f_evidence() if evidence is _MISSING else evidence
    self.extra = _f_extra() if extra is _MISSING else extra
    self.warnings = _f_warnings() if warnings is _MISSING else warnings


INITS[('def __init__(self, title=_d_title, subtitle=_d_subtitle, section=_d_section, breadcrumb=_MISSING, source=_d_source, agencies=_MISSING, published=_d_published, updated=_d_updated, authors=_MISSING, editors=_MISSING, contributors=_MISSING, dateline=_d_dateline, language=_d_language, body=_d_body, evidence=_MISSING, extra=_MISSING, warnings=_MISSING):\n'
       '    self.title = title\n'
       '    self.subtitle = subtitle\n'
       '    self.section = section\n'
       '    self.breadcrumb = _f_breadcrumb() if breadcrumb is _MISSING else breadcrumb\n'
       '    self.source = source\n'
       '    self.agencies = _f_agencies() if agencies is _MISSING else agencies\n'
       '    self.published = published\n'
       '    self.updated = updated\n'
       '    self.authors = _f_authors() if authors is _MISSING else authors\n'
       '    self.editors = _f_editors() if editors is _MISSING else editors\n'
       '    self.contributors = _f_contributors() if contributors is _MISSING else contributors\n'
       '    self.dateline = dateline\n'
       '    self.language = language\n'
       '    self.body = body\n'
       '    self.evidence = _f_evidence() if evidence is _MISSING else evidence\n'
       '    self.extra = _f_extra() if extra is _MISSING else extra\n'
       '    self.warnings = _f_warnings() if warnings is _MISSING else warnings\n')] = __init__.__code__


def __init__(self, value, precision):
    _s_value(self, value)
    _s_precision(self, precision)


INITS[('def __init__(self, value, precision=_d_precision):\n'
       '    _s_value(self, value)\n'
       '    _s_precision(self, precision)\n')] = __init__.__code__
