"""Rules that drop a news site's chrome from a plain-text scrape.

Each rule takes a Draft and returns a new one; `RULES` is the order they run in. The rules work on blocks
(one line of the scrape each), on how a block looks and where it sits (before the headline, after the
byline), never on the text of one particular page."""

from __future__ import annotations

import dataclasses
import re

from . import patterns as P
from .agency import strip_agency_prefix
from .alt_text import drop_alt_under_headings
from .archives import read_archive_page
from .authors import extract_name_printed_over_text
from .banners import (
    drop_above_site_logo,
    drop_banner_over_counted_title,
    drop_download_buttons,
    drop_glued_tags,
    drop_header_over_ruled_title,
    drop_name_in_english,
    drop_post_meta,
    drop_section_over_summary,
    drop_site_banners,
)
from .breadcrumbs import drop_breadcrumbs, drop_sections_under_title, drop_tag_over_title, drop_trail_over_dated_title
from .bulleted_menus import drop_bulleted_menu
from .bylines import (
    WRITER_AND_SITE,
    byline_of,
    drop_replies_under_credit,
    extract_author_box,
    extract_byline,
    extract_scholars,
    extract_top_byline,
    extract_top_credit,
    extract_writer_after_date,
    extract_writers_under_captions,
    join_title_over_writer,
    split_writer_off_title,
)
from .calls import drop_page_calls
from .caption_runs import (
    drop_alt_text_and_caption,
    drop_caption_runs,
    drop_glued_typed_alt_text,
    drop_headings_again,
    drop_typed_alt_text_and_caption,
    read_photo_story,
)
from .captions import drop_captions
from .code import drop_source_code
from .contacts import drop_contact_lines
from .countdowns import drop_countdown
from .cover_pages import drop_cover_page
from .datelines import extract_dateline, extract_posted_section
from .dictionary_labels import drop_dictionary_labels
from .draft import Draft, Rule, ends_sentence, shares_a_phrase, words
from .drop_caps import join_drop_caps
from .echo_captions import (
    drop_alternating_captions,
    drop_comma_captions,
    drop_echoing_captions,
    drop_glued_closing_captions,
    drop_numbered_title_pictures,
    drop_picture_text_and_caption,
    drop_title_text_glued_to_paragraph,
)
from .echoes import (
    drop_catalogue_record,
    drop_contents_line_over_text,
    drop_echo_captions,
    drop_headline_after_lost_label,
    drop_headline_retitled,
    drop_paragraph_printed_longer,
    drop_part_closing_captions,
    drop_parts_listed_again,
    drop_sentences_said_again,
    drop_summary_over_title_again,
    drop_summary_tail_said_again,
    drop_title_echo_under_heading,
    lift_title_from_pictures,
    lift_title_under_description,
    lift_title_under_summary,
)
from .end_marks import drop_teasers_after_source, strip_end_mark
from .epigraphs import join_epigraph_authors, join_greetings
from .feeds import title_from_feed
from .flattened import part_flattened_page
from .forms import drop_about_box, drop_shop_box, drop_sign_up_forms, drop_story_card
from .forum import (
    drop_forum_notices,
    drop_member_card,
    drop_profile_card,
    drop_smilies_and_thread_lines,
    strip_thread_header,
    take_thread_topic,
)
from .glued import (
    drop_headline_echoes,
    split_caption_from_lead,
    split_glued_subheadings,
    split_glued_summaries,
    split_glued_top,
    split_stamped_summaries,
)
from .glued_parts import split_glued_part_numbers
from .glued_trails import drop_glued_trail
from .header import (
    drop_above_repeated_headline,
    drop_doubled_lines,
    drop_header_furniture,
    drop_header_widgets,
    drop_letterhead,
    drop_tab_menu,
    drop_title_in_capitals_again,
    extract_masthead,
    unpack_seo_titles,
)
from .header_rows import drop_table_header_rows
from .ingredients import list_unbulleted_ingredients
from .inline_lists import join_quoted_name_to_title, join_wrapped_title, split_inline_lists, split_two_column_items
from .itinerary import read_trip_day_spans
from .journal import drop_journal_furniture, drop_masthead, drop_paper_credits, split_library_summary
from .leftovers import drop_file_names, drop_flattened_tables, name_questions_and_answers
from .library import drop_embed_preview, drop_library_file_line
from .lines import split_blocks
from .link_lists import drop_post_pointers
from .location import strip_location_stamp
from .lone_captions import drop_lone_restating_captions
from .markup import strip_markup
from .meta_lines import (
    drop_language_tags,
    drop_posted_commented_line,
    drop_site_description,
    drop_tags_under_title,
    extract_brand_label,
    extract_category_between_titles,
    extract_clergy_writer,
    extract_label_over_dates,
    extract_meta_line,
    extract_writer_in_section,
    extract_writer_line,
)
from .note_marks import drop_closing_note_marks, drop_spaced_source_numbers
from .official_heading import drop_title_over_lines, join_kind_and_subject, join_title_under_kind
from .page_boxes import drop_bare_date_labels, drop_card_over_title_again, drop_page_boxes
from .page_lines import (
    drop_english_halves,
    drop_menu_over_repeated_title,
    drop_menu_under_title,
    drop_sidebar_over_counter,
)
from .parted_sentences import join_parted_sentences
from .product import drop_product_card
from .prompt_scaffolding import drop_prompt_scaffolding
from .reading_now import title_from_reading_now
from .readings import drop_verse_numbers
from .related import (
    cut_copied_next_story,
    drop_links_after_credit,
    drop_related,
    drop_site_question_box,
    drop_table_of_contents,
    drop_titles_at_end,
)
from .said_twice import read_doubled_lines_once, read_numbers_once
from .signatures import drop_pen_name_and_weather_box
from .site_footer import cut_site_footer
from .spam import strip_betting_keywords
from .stamped_menus import drop_menu_over_stamped_title, drop_menu_under_page_name, drop_short_menu_over_title
from .step_labels import drop_lesson_pager, drop_step_labels
from .summary_labels import strip_summary_label
from .tables import read_pipe_tables
from .title_again import strip_score_and_title_again, strip_title_again, strip_update_stamp_on_title
from .title_suffix import drop_title_suffix
from .titles import drop_garbled_title, drop_teaser_over_title, split_title_from_teaser
from .trailing_menus import drop_trailing_menus
from .trailing_stamps import strip_trailing_stamps
from .transcripts import drop_transcript_page_numbers
from .translations import drop_english_translation, drop_heading_glosses, drop_title_translation
from .unwrap import unwrap
from .widget_leftovers import drop_widget_leftovers
from .wrapped_headings import join_title_set_in_capital_lines, join_title_term, join_wrapped_capital_headings

__all__ = ["RULES", "Draft", "Rule", "clean", "ends_sentence", "shares_a_phrase", "words"]


# "TTXVN/Báo Tin Tức" (never a section's number: "II/ LỊCH SỬ – Ý NGHĨA")
_AGENCY_SOURCE = re.compile(r"^(?![IVX]+\s*/)[A-ZĐ]{2,}(?:\s*/\s*[^/.!?]{2,30})+$")

# A price box's labels: "Giá vàng 9999 tr.đ/lượng", "Tỷ giá ĐVT:đồng", "Loại Mua Bán", "OCB Kỳ hạn (tháng)"
_PRICE_BOX = re.compile(
    r"(?i:(?:tỷ giá|tỉ giá|giá vàng|giá xăng dầu|lãi suất)\b.{0,30}(?:ĐVT\s*:|tr\.đ\b).{0,20}"
    r"|loại\s+mua\s+(?:vào\s+)?bán(?:\s+ra)?|[\w ]{0,20}kỳ hạn\s*\(tháng\))"
)
_BARE_BOX_LABEL = re.compile(r"(?i:nội dung|thông tin|tiện ích)\s*:")

_RATING_PROMPT = re.compile(r"(?i:bài viết hay\?\s*)?(?i:hãy đánh giá bài viết|đánh giá bài viết này)")
# "2 Responses to “<title>”", "3 thoughts on “<title>”": a blog's comments under the text
_COMMENTS_HEADER = re.compile(  # "{name} - {time}": a comment box's template, its fields never filled
    r"\d{1,4}\s+(?i:responses?|replies|comments?|thoughts?|bình luận|phản hồi)\s+(?i:to|on|về)\s+\S.*"
    r"|(?:\{(?:name|time|body|date|author|avatar|comment|content)\}\W*){1,4}"
)


def cut_after_the_end(d: Draft) -> Draft:
    """What follows the article's end is the page's: after "./." (the mark that closes a Vietnamese
    news article, wherever it stands) or after an agency's source line ("TTXVN/Báo Tin Tức") or a
    writer and the site the story came from ("Đặng Tài - dantri.com.vn") in the second half with
    little after it come polls, visitor counts, related stories and advertisements; and from a
    price box's labels in the second half ("Tỷ giá ĐVT:đồng", "Loại Mua Bán"), with the bare label
    over it ("Nội dung:"), the page goes on, not the article; so it does from a rating box ("Bài viết hay? Hãy đánh giá
    bài viết") or a blog's comments ("2 Responses to “...”", a template's "{name} - {time}") under the text."""
    blocks = d.blocks
    box = next((k for k in range(max(2, len(blocks) // 2), len(blocks)) if _PRICE_BOX.fullmatch(blocks[k])), None)
    if box is not None:
        while box > 2 and _BARE_BOX_LABEL.fullmatch(blocks[box - 1]):
            box -= 1
        return dataclasses.replace(d, blocks=blocks[:box])
    for k in range(2, len(blocks) - 1):
        block = blocks[k]
        end_mark = P.END_MARK.search(block) and ends_sentence(P.END_MARK.sub("", block))
        agency = _AGENCY_SOURCE.match(block) and words(block) <= 6 and k >= len(blocks) // 2 and len(blocks) - k <= 6
        site = WRITER_AND_SITE.match(block) and words(block) <= 8 and k >= 3 and len(blocks) - k <= 10
        source = agency or site
        if _RATING_PROMPT.match(block) or _COMMENTS_HEADER.fullmatch(block):
            return dataclasses.replace(d, blocks=blocks[:k])  # "Bài viết hay? Hãy đánh giá bài viết": the page's
        if end_mark or source:
            end = k + 1
            while not site and end < len(blocks) and end - k <= 2 and byline_of(blocks[end]) is not None:
                end += 1  # the writer's name under the end mark is the article's
            return dataclasses.replace(d, blocks=blocks[:end])
    return d


RULES: tuple[Rule, ...] = (
    drop_garbled_title,
    drop_prompt_scaffolding,
    drop_widget_leftovers,
    extract_name_printed_over_text,
    drop_transcript_page_numbers,
    read_doubled_lines_once,
    join_parted_sentences,
    join_wrapped_capital_headings,
    join_title_set_in_capital_lines,
    join_title_term,
    join_kind_and_subject,
    join_title_under_kind,
    drop_glued_trail,
    split_glued_part_numbers,
    drop_verse_numbers,
    drop_closing_note_marks,
    drop_spaced_source_numbers,
    drop_dictionary_labels,
    title_from_feed,
    strip_betting_keywords,
    split_library_summary,
    drop_library_file_line,
    drop_embed_preview,
    unpack_seo_titles,
    drop_summary_over_title_again,
    lift_title_under_description,
    lift_title_under_summary,
    lift_title_from_pictures,
    drop_contents_line_over_text,
    drop_parts_listed_again,
    title_from_reading_now,
    strip_score_and_title_again,
    strip_title_again,
    read_archive_page,
    list_unbulleted_ingredients,
    drop_page_boxes,
    drop_bulleted_menu,
    drop_countdown,
    drop_masthead,
    join_epigraph_authors,
    drop_header_widgets,
    extract_scholars,
    drop_forum_notices,
    drop_smilies_and_thread_lines,
    take_thread_topic,
    drop_member_card,
    drop_profile_card,
    extract_author_box,
    drop_doubled_lines,
    drop_paragraph_printed_longer,
    drop_menu_under_title,
    drop_numbered_title_pictures,  # a picture's text and caption under it, before they pass for a part's close
    drop_part_closing_captions,
    drop_letterhead,
    drop_tab_menu,
    join_drop_caps,
    extract_posted_section,
    extract_writer_after_date,
    drop_sign_up_forms,
    drop_about_box,
    drop_shop_box,
    drop_story_card,
    split_inline_lists,
    split_two_column_items,
    join_wrapped_title,
    join_quoted_name_to_title,
    drop_above_site_logo,
    drop_contact_lines,
    drop_trail_over_dated_title,
    drop_breadcrumbs,
    drop_sections_under_title,
    drop_tag_over_title,
    drop_lesson_pager,
    drop_glued_tags,
    drop_site_banners,
    drop_download_buttons,
    extract_masthead,
    drop_sidebar_over_counter,
    drop_english_halves,
    drop_english_translation,
    drop_name_in_english,
    drop_title_translation,
    drop_post_meta,
    drop_short_menu_over_title,
    drop_menu_over_stamped_title,
    extract_label_over_dates,
    extract_dateline,
    drop_bare_date_labels,
    drop_cover_page,
    drop_card_over_title_again,
    strip_trailing_stamps,
    drop_menu_over_repeated_title,
    drop_menu_under_page_name,
    drop_header_furniture,
    extract_meta_line,
    extract_clergy_writer,
    extract_writer_line,
    extract_category_between_titles,
    extract_brand_label,
    extract_writer_in_section,
    drop_posted_commented_line,
    drop_tags_under_title,
    drop_language_tags,
    drop_site_description,
    drop_header_over_ruled_title,
    drop_banner_over_counted_title,
    drop_download_buttons,
    drop_section_over_summary,
    join_title_over_writer,
    split_writer_off_title,
    drop_tab_menu,
    drop_above_repeated_headline,
    drop_title_in_capitals_again,
    split_stamped_summaries,
    split_glued_top,
    part_flattened_page,
    split_title_from_teaser,
    drop_teaser_over_title,
    split_glued_summaries,
    split_glued_subheadings,
    split_caption_from_lead,
    drop_headline_echoes,
    drop_title_over_lines,
    drop_headline_after_lost_label,
    drop_headline_retitled,
    drop_catalogue_record,
    drop_title_suffix,
    drop_page_calls,
    drop_typed_alt_text_and_caption,
    drop_glued_typed_alt_text,
    drop_file_names,
    drop_sections_under_title,  # again: a template's boxes ("Sidebar", "Mon, May") were over the title
    drop_flattened_tables,
    drop_table_header_rows,
    name_questions_and_answers,
    cut_copied_next_story,
    drop_table_of_contents,
    drop_site_question_box,
    drop_caption_runs,
    drop_alt_text_and_caption,
    read_photo_story,
    drop_headings_again,
    drop_echo_captions,
    drop_title_echo_under_heading,
    drop_replies_under_credit,
    drop_teasers_after_source,
    drop_summary_tail_said_again,
    drop_captions,
    drop_echoing_captions,
    drop_alternating_captions,
    drop_lone_restating_captions,
    read_numbers_once,
    drop_step_labels,
    drop_alt_under_headings,
    drop_glued_closing_captions,
    drop_comma_captions,
    drop_picture_text_and_caption,
    drop_title_text_glued_to_paragraph,
    drop_numbered_title_pictures,
    drop_part_closing_captions,
    drop_sentences_said_again,
    drop_journal_furniture,
    drop_paper_credits,
    drop_links_after_credit,
    drop_post_pointers,
    drop_related,
    drop_titles_at_end,
    drop_product_card,
    extract_top_byline,
    extract_writers_under_captions,
    extract_top_credit,
    drop_pen_name_and_weather_box,
    cut_after_the_end,
    cut_site_footer,
    drop_trailing_menus,
    drop_heading_glosses,
    extract_byline,
    strip_end_mark,
    strip_agency_prefix,
    strip_summary_label,
    strip_location_stamp,
    join_greetings,
    strip_update_stamp_on_title,
    read_trip_day_spans,
)


def clean(text: str, rules: tuple[Rule, ...] = RULES) -> Draft:
    """Run `rules` in order over the blocks of `text` (markup a scrape kept removed and its wrapped
    lines joined first)."""
    draft = split_blocks(unwrap(read_pipe_tables(drop_source_code(strip_thread_header(strip_markup(text))))))
    for rule in rules:
        draft = rule(draft)
    return draft
