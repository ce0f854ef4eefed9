package org.baocao.source;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Everything baocao says, in English and Vietnamese: one line per entry. An entry with a code (BCnnnn) is a
 * diagnostic: a problem with its English text, its Vietnamese text, and the hint in both; an entry without a code
 * is a word or a hint used inside a diagnostic, or a line the tool prints.
 *
 * <p>The first digit of a code is the area: 1 YAML and configuration, 2 content and data, 3 narratives and
 * templates, 4 checks, 5 build, publishing and files, 6 translations. A code never changes meaning and is never
 * reused; add a new entry with the next free number of its area. Placeholders are {0}, {1}, …: the same set in
 * both languages (MessageTest enforces it); a quote is written as it is (no MessageFormat escaping).
 */
public enum Message {
    // 1xxx YAML and configuration
    YAML_TOO_LARGE(1001, "file is too large for YAML (more than {0} MB of text)", "tệp quá lớn để đọc như YAML (hơn {0} MB văn bản)", "split the data into several data sets", "hãy tách dữ liệu thành nhiều bộ dữ liệu"),
    YAML_TOO_MANY_VALUES(1002, "YAML expands to more than {0} values: refused as a possible alias bomb", "YAML bung ra hơn {0} giá trị: bị từ chối vì có thể là một \"quả bom alias\"", "remove the repeated aliases (*name) or split the file", "hãy bỏ các alias (*tên) lặp lại hoặc tách tệp"),
    YAML_UNREADABLE(1003, "YAML cannot be read: {0}", "không đọc được YAML: {0}", "check the file in a YAML-aware editor", "hãy mở tệp bằng một trình soạn thảo hiểu YAML để kiểm tra"),
    YAML_DUPLICATE_KEY(1004, "duplicate key '{0}'", "khoá '{0}' bị lặp lại", "each key may appear once in a mapping: remove or rename one of them (the first is on line {1})", "mỗi khoá chỉ được xuất hiện một lần: hãy xoá hoặc đổi tên một trong hai (khoá đầu tiên ở dòng {1})"),
    YAML_TOO_MANY_ALIASES(1005, "too many aliases (*name) in one file: refused as a possible alias bomb", "quá nhiều alias (*tên) trong một tệp: bị từ chối vì có thể là một \"quả bom alias\"", "write the values out instead of repeating aliases", "hãy viết thẳng các giá trị thay vì lặp lại alias"),
    YAML_TAB(1006, "invalid YAML: a tab cannot indent YAML", "YAML không hợp lệ: không được thụt lề YAML bằng phím Tab", "indent with spaces, not tabs", "hãy thụt lề bằng dấu cách, không dùng Tab"),
    YAML_TYPE_TAG(1007, "a '!!' type tag is not allowed in content", "không được dùng thẻ kiểu '!!' trong nội dung", "remove the !!... before the value", "hãy xoá phần !!... trước giá trị"),
    YAML_OVER_INDENTED(1008, "this line is indented more than the line above it", "dòng này thụt lề sâu hơn dòng phía trên", "a line indented by {0} more than the key above it continues that key's value: indent it like '{1}' (or, if it is a text containing ': ', put it in quotes)", "một dòng thụt sâu hơn khoá phía trên {0} sẽ bị hiểu là phần tiếp theo của giá trị khoá đó: hãy thụt lề bằng '{1}' (hoặc, nếu đây là văn bản có chứa ': ', hãy đặt nó trong dấu ngoặc kép)"),
    YAML_COLON_IN_TEXT(1009, "': ' inside a text that is not in quotes", "có ': ' trong một đoạn văn bản không nằm trong dấu ngoặc kép", "put the whole text in quotes, e.g. title: \"Ghi chú: ...\"", "hãy đặt cả đoạn văn bản trong dấu ngoặc kép, ví dụ title: \"Ghi chú: ...\""),
    YAML_NO_COLON(1010, "a line without 'key: value'", "một dòng không có dạng 'khoá: giá trị'", "write a key, a colon and a space before the value, e.g. total: 152730; a text that goes on over several lines needs quotes", "hãy viết khoá, dấu hai chấm và một dấu cách trước giá trị, ví dụ total: 152730; văn bản kéo dài nhiều dòng cần đặt trong dấu ngoặc kép"),
    YAML_BRACKET_NOT_CLOSED(1011, "this {0} is not closed", "dấu {0} này chưa được đóng", "end it with {1}, e.g. {2}; a text that contains a comma needs quotes", "hãy đóng bằng {1}, ví dụ {2}; văn bản có dấu phẩy cần đặt trong dấu ngoặc kép"),
    YAML_QUOTE_NOT_CLOSED(1012, "this {0} is not closed", "dấu {0} này chưa được đóng", "end the text with {0}", "hãy kết thúc văn bản bằng {0}"),
    YAML_INVALID(1013, "invalid YAML: {0}", "YAML không hợp lệ: {0}", "check the indentation and quotes around this position", "hãy kiểm tra thụt lề và dấu ngoặc kép quanh vị trí này"),
    YAML_LIST_ITEM_WITHOUT_DASH(1014, "this line is inside a list but does not start with '- '", "dòng này nằm trong một danh sách nhưng không bắt đầu bằng '- '", "start it with '- ' if it is one more item of the list; else indent it like the key above the list", "nếu đây là một mục nữa của danh sách, hãy bắt đầu dòng bằng '- '; nếu không, hãy thụt lề giống khoá phía trên danh sách"),
    YAML_MISINDENTED(1015, "this line is indented differently from the lines around it", "dòng này thụt lề khác với các dòng xung quanh", "it is indented by {0}, line {1} by {2}: the lines of one block need the same indentation", "dòng này thụt {0}, dòng {1} thụt {2}: các dòng trong cùng một khối phải thụt lề như nhau"),
    NOT_A_MAPPING(1020, "{0} must be a mapping of keys and values, found {1}", "{0} phải là một bảng khoá và giá trị, nhưng lại là {1}", "write it as lines of 'key: value'", "hãy viết thành các dòng 'khoá: giá trị'"),
    MISSING_KEY(1021, "missing required key '{0}'", "thiếu khoá bắt buộc '{0}'", "add a line such as: {1}", "hãy thêm một dòng, ví dụ: {1}"),
    UNKNOWN_KEY(1022, "unknown key '{0}' in {1}", "khoá '{0}' không dùng được trong {1}", "the keys allowed here are: {2}", "các khoá được phép ở đây: {2}"),
    LANGUAGES_NOT_LIST(1030, "languages must be a list with at least one language", "languages phải là một danh sách có ít nhất một ngôn ngữ", "write: languages: [{code: vi, locale: vi-VN, name: Tiếng Việt}, {code: en, locale: en-GB, name: English}]", "hãy viết: languages: [{code: vi, locale: vi-VN, name: Tiếng Việt}, {code: en, locale: en-GB, name: English}]"),
    LANGUAGE_CODE_INVALID(1031, "'{0}' is not a language code", "'{0}' không phải là mã ngôn ngữ", "use a short lower-case code such as vi or en", "hãy dùng mã ngắn viết thường, như vi hoặc en"),
    LANGUAGE_LISTED_TWICE(1032, "language '{0}' is listed twice", "ngôn ngữ '{0}' được khai báo hai lần", "remove one of them", "hãy xoá một trong hai"),
    LOCALE_INVALID(1033, "'{0}' is not a locale", "'{0}' không phải là mã vùng ngôn ngữ (locale)", "write a language tag such as vi-VN or en-GB", "hãy viết mã như vi-VN hoặc en-GB"),
    BASE_URL_INVALID(1034, "base_url must be an http:// or https:// address", "base_url phải là một địa chỉ http:// hoặc https://", "write the address the site will be published at, e.g. https://example.org/bao-cao/", "hãy viết địa chỉ nơi trang web sẽ được đăng, ví dụ https://example.org/bao-cao/"),
    PAGE_SIZE_UNSUPPORTED(1035, "page_size '{0}' is not supported", "khổ giấy page_size '{0}' không được hỗ trợ", "use A4, A5 or Letter", "hãy dùng A4, A5 hoặc Letter"),
    MARGIN_INVALID(1036, "margin '{0}' is not a length", "lề margin '{0}' không phải là một độ dài", "write a length such as 20mm, 2cm, 0.75in or 54pt", "hãy viết một độ dài như 20mm, 2cm, 0.75in hoặc 54pt"),
    FLAG_NOT_BOOLEAN(1037, "{0} must be true or false, found {1}", "{0} phải là true hoặc false, nhưng lại là {1}", "write {0}: true or {0}: false", "hãy viết {0}: true hoặc {0}: false"),
    TEXT_EXPECTED(1038, "{0} must be a text, found {1}", "{0} phải là văn bản, nhưng lại là {1}", "write {0}: followed by the text", "hãy viết {0}: rồi đến nội dung văn bản"),
    INTERFACE_FILE_LANGUAGE_UNKNOWN(1040, "'{0}' is not a language of the site", "'{0}' không phải là một ngôn ngữ của trang web", "name the file after a language code of site.yaml, e.g. vi.yaml", "hãy đặt tên tệp theo một mã ngôn ngữ trong site.yaml, ví dụ vi.yaml"),
    INTERFACE_STRING_NOT_TEXT(1041, "interface string '{0}' must be a text", "chuỗi giao diện '{0}' phải là văn bản", "write key: text", "hãy viết khoá: văn bản"),
    INTERFACE_STRINGS_MISSING(1042, "interface strings missing in '{0}': {1}", "thiếu chuỗi giao diện trong '{0}': {1}", "add them to content/i18n/{0}.yaml, e.g. {2}: ...", "hãy thêm vào content/i18n/{0}.yaml, ví dụ {2}: ..."),
    LOCALIZED_NOT_TEXT(1050, "{0} must be a text or a text per language, found {1}", "{0} phải là văn bản hoặc văn bản theo từng ngôn ngữ, nhưng lại là {1}", "write it as {{2}: ...}", "hãy viết dạng {{2}: ...}"),
    LOCALIZED_COMMA(1051, "'{0}' is not a language: a comma inside {…} ends the text", "'{0}' không phải là ngôn ngữ: dấu phẩy bên trong {…} làm văn bản kết thúc ở đó", "put the text in quotes: {1}", "hãy đặt văn bản trong dấu ngoặc kép: {1}"),
    LOCALIZED_UNKNOWN_LANGUAGE(1052, "unknown language '{0}'", "không có ngôn ngữ '{0}'", "the site's languages (site.yaml) are: {1}", "các ngôn ngữ của trang web (site.yaml): {1}"),
    LOCALIZED_NOT_TEXT_IN(1053, "{0} in '{1}' must be a text", "{0} bằng '{1}' phải là văn bản", "write the text after '{1}: '", "hãy viết văn bản sau '{1}: '"),
    LOCALIZED_MISSING_LANGUAGE(1054, "{0} has no '{1}' text; the {2} text is used instead", "{0} chưa có bản '{1}'; tạm dùng bản {2}", "add {1}: ... to the mapping", "hãy thêm {1}: ... vào"),
    EMAIL_INVALID(1060, "'{0}' is not an e-mail address", "'{0}' không phải là một địa chỉ e-mail", "write it as name@example.vn", "hãy viết dạng ten@example.vn"),
    WEBSITE_INVALID(1061, "website must be an http:// or https:// address", "website phải là một địa chỉ http:// hoặc https://", "write the full address, e.g. https://example.vn", "hãy viết đầy đủ địa chỉ, ví dụ https://example.vn"),
    LOGO_FORMAT(1062, "logo '{0}' must be an SVG or PNG file", "logo '{0}' phải là tệp SVG hoặc PNG", "export the logo as SVG (sharp at every size) or PNG", "hãy xuất logo dạng SVG (sắc nét ở mọi cỡ) hoặc PNG"),
    LOGO_CONTENT(1063, "logo '{0}' is not a valid {1} image", "logo '{0}' không phải là ảnh {1} hợp lệ", "export the logo again from the drawing program, as SVG or PNG", "hãy xuất lại logo từ chương trình vẽ, dạng SVG hoặc PNG"),
    BRAND_COLOR_INVALID(1064, "{0} must be a colour written \"#RRGGBB\", found {1}", "{0} phải là một màu viết dạng \"#RRGGBB\", nhưng lại là {1}", "write six hexadecimal digits in quotes, e.g. \"#0B6E4F\" (without quotes, YAML reads # as a comment)", "hãy viết sáu chữ số thập lục phân trong ngoặc kép, ví dụ \"#0B6E4F\" (không có ngoặc kép, YAML coi # là chú thích)"),
    CHART_COLORS_NOT_LIST(1065, "charts must be a list of colours, found {0}", "charts phải là một danh sách màu, nhưng lại là {0}", "write the series colours in order: charts: [\"#0B6E4F\", \"#F2A900\", \"#3A6EA5\"]", "hãy viết các màu của dãy số liệu theo thứ tự: charts: [\"#0B6E4F\", \"#F2A900\", \"#3A6EA5\"]"),
    FONT_NAMES_NO_FILE(1066, "the {0} font names no font file", "phông {0} không nêu tệp phông nào", "write at least regular: fonts/NotoSerif-Regular.ttf", "hãy viết ít nhất regular: fonts/NotoSerif-Regular.ttf"),
    FONT_FACE_MISSING(1067, "the {0} font has no {1} file: {2} text uses {3}", "phông {0} không có tệp {1}: chữ {2} sẽ dùng {3}", "add {1}: with the family's {2} file", "hãy thêm {1}: với tệp {2} của họ phông"),
    FONT_FORMAT(1068, "font '{0}' must be a TTF or OTF file", "phông '{0}' phải là tệp TTF hoặc OTF", "use the family's .ttf files (web fonts such as .woff2 cannot be embedded in the PDF)", "hãy dùng các tệp .ttf của họ phông (phông web như .woff2 không nhúng được vào PDF)"),
    FONT_CFF(1069, "font '{0}' has PostScript (CFF) outlines, which the PDF cannot embed", "phông '{0}' có nét PostScript (CFF), PDF không nhúng được", "use the family's TrueType (.ttf) files", "hãy dùng các tệp TrueType (.ttf) của họ phông"),
    FONT_NOT_TRUETYPE(1070, "font '{0}' is not a TrueType or OpenType font", "'{0}' không phải là phông TrueType hay OpenType", "use the family's .ttf files", "hãy dùng các tệp .ttf của họ phông"),
    BRAND_FILE_OUTSIDE(1071, "{0} '{1}' is outside content/", "{0} '{1}' nằm ngoài content/", "copy the file into content/ (e.g. content/{2}), and write its path relative to content/", "hãy chép tệp vào content/ (ví dụ content/{2}) và viết đường dẫn tính từ content/"),
    BRAND_FILE_MISSING(1072, "no {0} file content/{1}", "không có tệp {0} content/{1}", "check the file's name and folder: the path is relative to content/", "hãy kiểm tra tên và thư mục của tệp: đường dẫn tính từ content/"),
    FONT_UNREADABLE(1073, "font '{0}' cannot be read: {1}", "không đọc được phông '{0}': {1}", "use the family's .ttf files as the font's maker publishes them", "hãy dùng các tệp .ttf đúng như nhà làm phông phát hành"),
    FONT_LACKS_LETTERS(1074, "font '{0}' has no letters the content uses: {1}", "phông '{0}' thiếu chữ mà nội dung dùng: {1}", "choose a font that has every letter of the content, e.g. Noto Serif or Noto Sans for Vietnamese", "hãy chọn phông có đủ mọi chữ của nội dung, ví dụ Noto Serif hoặc Noto Sans cho tiếng Việt"),
    BRAND_CONTRAST_LOW(1075, "brand colour primary {0} and white {1} have a contrast of {2}:1, below the 4.5:1 that text needs (WCAG AA)", "màu thương hiệu primary {0} và màu trắng {1} có độ tương phản {2}:1, dưới mức 4,5:1 mà chữ cần (WCAG AA)", "the theme writes headings, links and key figures in the primary colour on white, and white text on it (site header, PDF cover): choose a darker shade, and use the pale one as accent", "giao diện viết tiêu đề, liên kết và số liệu chính bằng màu primary trên nền trắng, và chữ trắng trên nền màu đó (đầu trang web, bìa PDF): hãy chọn sắc đậm hơn và dùng sắc nhạt làm accent"),

    // 2xxx content and data
    NO_SITE_YAML(2001, "no content/site.yaml in {0}", "không có content/site.yaml trong {0}", "run baocao in a project folder, pass --project DIR, or start one with: baocao new site DIR", "hãy chạy baocao trong thư mục dự án, dùng --project THƯ_MỤC, hoặc tạo dự án mới: baocao new site THƯ_MỤC"),
    NO_REPORT(2002, "the project has no report", "dự án chưa có báo cáo nào", "create content/reports/<year>/report.yaml, or run: baocao new report <year>", "hãy tạo content/reports/<năm>/report.yaml, hoặc chạy: baocao new report <năm>"),
    REPORT_FOLDER_NAME(2003, "report folder name '{0}' cannot be used in a web address", "tên thư mục báo cáo '{0}' không dùng được trong địa chỉ web", "name the folder after the year or term, e.g. 2020 or 2016-2020", "hãy đặt tên thư mục theo năm hoặc nhiệm kỳ, ví dụ 2020 hoặc 2016-2020"),
    REPORT_YAML_MISSING(2004, "report folder has no report.yaml", "thư mục báo cáo không có report.yaml", "add report.yaml with at least title, period and published", "hãy thêm report.yaml, tối thiểu có title, period và published"),
    DRAFT_NOT_BOOLEAN(2005, "draft must be true or false, found {0}", "draft phải là true hoặc false, nhưng lại là {0}", "write draft: true while the report is being written; remove the line, or write draft: false, to publish it", "hãy viết draft: true khi báo cáo đang soạn; để xuất bản, hãy xoá dòng này hoặc viết draft: false"),
    PERIOD_REVERSED(2006, "the period ends ({0}) before it starts ({1})", "kỳ báo cáo kết thúc ({0}) trước khi bắt đầu ({1})", "swap start and end", "hãy đổi chỗ start và end"),
    DATE_INVALID(2007, "{0} must be a date written YYYY-MM-DD, found {1}", "{0} phải là ngày viết theo dạng YYYY-MM-DD, nhưng lại là {1}", "write e.g. 2020-11-20", "ví dụ: 2020-11-20"),
    COVER_NOT_PATH(2008, "cover must be the path of an image", "cover phải là đường dẫn tới một ảnh", "write e.g. cover: media/cover.jpg", "ví dụ: cover: media/cover.jpg"),
    COVER_OUTSIDE(2009, "cover '{0}' is outside the report folder", "ảnh bìa '{0}' nằm ngoài thư mục báo cáo", "put the image in the report's media/ folder", "hãy đặt ảnh vào thư mục media/ của báo cáo"),
    COVER_MISSING(2010, "cover image '{0}' does not exist", "không tìm thấy ảnh bìa '{0}'", "check the file name, relative to the report folder", "hãy kiểm tra tên tệp, tính từ thư mục báo cáo"),
    KEY_FIGURES_NOT_LIST(2011, "key_figures must be a list", "key_figures phải là một danh sách", "write each figure as - {value: dataset.key, label: {vi: ..., en: ...}}", "hãy viết mỗi số liệu dạng - {value: dataset.key, label: {vi: ..., en: ...}}"),
    KEY_FIGURE_VALUE_INVALID(2012, "value must name a data value such as outreach.people_reached", "value phải là tên một giá trị dữ liệu, như outreach.people_reached", "write dataset.key", "hãy viết bộ_dữ_liệu.khoá"),
    KEY_FIGURE_UNKNOWN(2013, "key figure '{0}' does not exist in the data sets", "số liệu nổi bật '{0}' không có trong các bộ dữ liệu", "", ""),
    DATA_SET_NAME(2014, "data set name '{0}' is not usable in a narrative", "tên bộ dữ liệu '{0}' không dùng được trong bài viết", "rename the file with letters, digits and underscores only, e.g. {1}.yaml", "hãy đổi tên tệp, chỉ dùng chữ cái không dấu, chữ số và dấu gạch dưới, ví dụ {1}.yaml"),
    DATA_SET_NOT_MAPPING(2015, "a data set must be a mapping of names to values", "bộ dữ liệu phải là một bảng tên và giá trị", "write lines of 'name: value'", "hãy viết các dòng 'tên: giá trị'"),
    LANGUAGE_FOLDER_UNKNOWN(2016, "folder '{0}' is not a language of the site; it is ignored", "thư mục '{0}' không phải là ngôn ngữ của trang web nên bị bỏ qua", "rename it to one of: {1}, or add the language to site.yaml", "hãy đổi tên thành một trong: {1}, hoặc thêm ngôn ngữ này vào site.yaml"),
    SECTION_FILE_NAME(2017, "section file name '{0}' does not start with its number", "tên tệp chương '{0}' không bắt đầu bằng số thứ tự", "name it NN-name.md, e.g. 01-{1}.md", "hãy đặt tên dạng NN-ten.md, ví dụ 01-{1}.md"),
    SLUG_TAKEN(2018, "slug '{0}' is already used by {1}", "slug '{0}' đã được dùng cho {1}", "give one of the sections its own slug: in the front matter, or a different title", "hãy cho một trong hai chương slug riêng: trong phần đầu (front matter), hoặc đặt tiêu đề khác"),
    NO_FRONT_MATTER(2019, "the section has no front matter", "chương này không có phần đầu (front matter)", "start the file with three lines: ---, title: <the section title>, ---", "hãy mở đầu tệp bằng ba dòng: ---, title: <tiêu đề chương>, ---"),
    FRONT_MATTER_NOT_CLOSED(2020, "the front matter is not closed", "phần đầu (front matter) chưa được đóng", "add a line with only --- after the title and summary", "hãy thêm một dòng chỉ có --- sau title và summary"),
    SLUG_INVALID(2021, "slug '{0}' is not usable in a web address", "slug '{0}' không dùng được trong địa chỉ web", "use lower-case letters without diacritics, digits and hyphens, e.g. {1}", "hãy dùng chữ thường không dấu, chữ số và dấu gạch nối, ví dụ {1}"),
    CHARTS_NOT_MAPPING(2030, "charts must be a mapping of chart names to charts", "charts phải là một bảng tên biểu đồ và biểu đồ", "write charts:, then each chart name indented below it", "hãy viết charts:, rồi tên từng biểu đồ thụt lề bên dưới"),
    CHART_TYPE_UNKNOWN(2031, "chart type '{0}' is not known", "không có loại biểu đồ '{0}'", "use one of: bar, column, line, pie", "hãy dùng một trong: bar, column, line, pie"),
    SERIES_NOT_LIST(2032, "series must be a list with at least one series", "series phải là một danh sách có ít nhất một chuỗi số liệu", "write - {name: ..., values: [...]}", "hãy viết - {name: ..., values: [...]}"),
    SERIES_LENGTH(2033, "series has {0} values but the chart has {1} categories", "chuỗi số liệu có {0} giá trị nhưng biểu đồ có {1} hạng mục", "give exactly one value per category (leave a gap with null)", "mỗi hạng mục cần đúng một giá trị (để trống thì viết null)"),
    TEXTS_NOT_LIST(2034, "{0} must be a list of texts", "{0} phải là một danh sách văn bản", "write [{vi: ..., en: ...}, ...]", "hãy viết [{vi: ..., en: ...}, ...]"),
    VALUES_NOT_LIST(2035, "values must be a list of numbers", "values phải là một danh sách số", "write values: [471, 36176]", "hãy viết values: [471, 36176]"),
    VALUE_NOT_NUMBER(2036, "'{0}' is neither a number nor the name of a figure in this data set", "'{0}' không phải là số, cũng không phải tên một số liệu trong bộ dữ liệu này", "write digits only, with '.' for decimals and no thousands separator (152730 or 48.75), or the name of a figure of this file", "chỉ viết chữ số, dùng '.' cho phần thập phân và không dùng dấu phân cách hàng nghìn (152730 hoặc 48.75), hoặc viết tên một số liệu trong tệp này"),
    TABLES_NOT_MAPPING(2037, "tables must be a mapping of table names to tables", "tables phải là một bảng tên bảng và bảng", "write tables:, then each table name indented below it", "hãy viết tables:, rồi tên từng bảng thụt lề bên dưới"),
    ROWS_NOT_LIST(2038, "rows must be a list", "rows phải là một danh sách", "write each row as - {key: value, ...}", "hãy viết mỗi hàng dạng - {khoá: giá trị, ...}"),
    ROW_NOT_MAPPING(2039, "a row must be a mapping of column keys to values", "mỗi hàng phải là một bảng khoá cột và giá trị", "write - {{0}: ...}", "hãy viết - {{0}: ...}"),
    ROW_UNKNOWN_COLUMN(2040, "row has '{0}', which is not a column of table '{1}'", "hàng có '{0}', nhưng đó không phải là cột của bảng '{1}'", "the columns are: {2}", "các cột: {2}"),
    CELL_NOT_NUMBER(2041, "column '{0}' is formatted as {1} but this value is {2}", "cột '{0}' có định dạng {1} nhưng giá trị này là {2}", "write a plain number such as 152730 or 48.75, or set format: text", "hãy viết một số thuần như 152730 hoặc 48.75, hoặc đặt format: text"),
    CELL_NOT_DATE(2042, "column '{0}' is formatted as date but this value is {1}", "cột '{0}' có định dạng date (ngày) nhưng giá trị này là {1}", "write the date as YYYY-MM-DD", "hãy viết ngày theo dạng YYYY-MM-DD"),
    COLUMNS_NOT_LIST(2043, "columns must be a list with at least one column", "columns phải là một danh sách có ít nhất một cột", "write - {key: period, label: {vi: ..., en: ...}}", "hãy viết - {key: period, label: {vi: ..., en: ...}}"),
    COLUMN_KEY_NOT_TEXT(2044, "column key must be a text, found {0}", "khoá cột phải là văn bản, nhưng lại là {0}", "write a short name that the rows use, e.g. key: count", "hãy viết một tên ngắn mà các hàng dùng, ví dụ key: count"),
    COLUMN_FORMAT_UNKNOWN(2045, "column format '{0}' is not known", "không có định dạng cột '{0}'", "use one of: number, percent, currency, date, text", "hãy dùng một trong: number, percent, currency, date, text"),
    PLACEHOLDER_SECTION(2050, "placeholder: write this section", "nội dung mẫu: hãy viết chương này", "replace the placeholder with the section's text and delete the line {0}", "hãy thay nội dung mẫu bằng văn bản của chương và xoá dòng {0}"),
    PLACEHOLDER_VALUE(2051, "placeholder: {0}", "giá trị mẫu: {0}", "write the real value, then delete the comment {1}", "hãy điền giá trị thật rồi xoá chú thích {1}"),
    FILE_UTF16(2060, "the file is UTF-16, not UTF-8", "tệp được lưu dạng UTF-16, không phải UTF-8", "open it in your editor and save it again as UTF-8", "hãy mở tệp trong trình soạn thảo và lưu lại dạng UTF-8"),
    FILE_NOT_UTF8(2061, "the file is not UTF-8", "tệp không phải UTF-8", "open it in your editor and save it again as UTF-8", "hãy mở tệp trong trình soạn thảo và lưu lại dạng UTF-8"),
    FILE_LEGACY_ENCODING(2062, "the file is not UTF-8; it looks like {0}", "tệp không phải UTF-8; có vẻ là bảng mã {0}", "the line is shown read as {0}; reopen the file as {0} (or convert it with UniKey) and save it again as UTF-8", "dòng trên được hiển thị theo bảng mã {0}; hãy mở lại tệp theo {0} (hoặc chuyển mã bằng UniKey) rồi lưu lại dạng UTF-8"),

    // Financial numbers, figures from other reports, spreadsheets
    NUMBER_DECIMALS_INVALID(2070, "decimals must be a whole number from 0 to 6, found {0}", "decimals phải là số nguyên từ 0 đến 6, nhưng lại là {0}", "write e.g. decimals: 1 to print 968,0 and 1.102,3", "hãy viết ví dụ decimals: 1 để in 968,0 và 1.102,3"),
    NUMBER_NEGATIVE_INVALID(2071, "negative must be minus or parentheses, found {0}", "negative phải là minus hoặc parentheses, nhưng lại là {0}", "write negative: parentheses to print (12,4), or negative: minus (the default) for −12,4", "hãy viết negative: parentheses để in (12,4), hoặc negative: minus (mặc định) để in −12,4"),
    COLUMN_KEY_STYLE_RESERVED(2072, "'style' is reserved for a row's style (total, subtotal, heading)", "'style' được dành cho kiểu của dòng (total, subtotal, heading)", "give the column another key, e.g. key: kind", "hãy đặt cho cột một khoá khác, ví dụ key: kind"),
    ROW_STYLE_UNKNOWN(2073, "row style '{0}' is not known", "không có kiểu dòng '{0}'", "use one of: total, subtotal, heading", "hãy dùng một trong: total, subtotal, heading"),
    OTHER_REPORT_NOT_A_NUMBER(2074, "'{0}' is {1}, not a number", "'{0}' là {1}, không phải là số", "name a figure that holds a number", "hãy chỉ tới một số liệu là số"),
    OTHER_REPORT_MISSING(2075, "there is no report '{0}' to take '{1}' from", "không có báo cáo '{0}' để lấy '{1}'", "the reports are: {2}", "các báo cáo: {2}"),
    OTHER_REPORT_FIGURE_UNKNOWN(2076, "'{0}' is not a figure of report {1}", "'{0}' không phải là số liệu của báo cáo {1}", "the data sets of report {1} are: {2}", "các bộ dữ liệu của báo cáo {1}: {2}"),
    NO_REPORT_WITH_SECTIONS(2077, "the project has no report with sections", "dự án không có báo cáo nào có chương", "a report without sections is data only (other reports use its figures); add sections to publish it: {0}/vi/01-name.md", "báo cáo không có chương chỉ chứa dữ liệu (các báo cáo khác dùng số liệu của nó); hãy thêm chương để xuất bản: {0}/vi/01-ten.md"),
    PREVIOUS_NOT_A_FIGURE(2078, "previous must name a figure, found {0}", "previous phải là tên một số liệu, nhưng lại là {0}", "write e.g. previous: 2024/finance.total_assets, or previous: finance.total_assets_last_year", "hãy viết ví dụ previous: 2024/finance.total_assets, hoặc previous: finance.total_assets_last_year"),
    COMPARED_WITH_WITHOUT_PREVIOUS(2079, "compared_with needs previous: the figure compared with", "compared_with cần có previous: số liệu để so sánh", "write previous: dataset.key (or REPORT-ID/dataset.key) next to it", "hãy viết previous: dataset.key (hoặc MÃ-BÁO-CÁO/dataset.key) bên cạnh"),
    PREVIOUS_UNKNOWN(2080, "previous figure '{0}' does not exist in the data sets", "số liệu so sánh '{0}' không có trong các bộ dữ liệu", "", ""),
    BETTER_INVALID(2081, "better must be higher or lower, found {0}", "better phải là higher hoặc lower, nhưng lại là {0}", "write better: lower for a figure whose fall is good news (a non-performing loan ratio), better: higher for the others", "hãy viết better: lower cho số liệu mà giảm là tin tốt (như tỷ lệ nợ xấu), better: higher cho các số liệu khác"),
    SPREADSHEET_UNUSED(2082, "no data set uses this spreadsheet", "không bộ dữ liệu nào dùng bảng tính này", "name a cell in a data file, total: {file: {0}{1}, cell: B2}, or take a table's rows from it, source: {file: {0}, range: A2:C9}", "hãy đặt tên cho một ô trong tệp dữ liệu, total: {file: {0}{1}, cell: B2}, hoặc lấy các dòng của bảng từ đó, source: {file: {0}, range: A2:C9}"),
    SPREADSHEET_FORMAT_UNSUPPORTED(2083, "baocao cannot read this kind of spreadsheet; it is ignored", "baocao không đọc được loại bảng tính này; tệp bị bỏ qua", "save it as an Excel workbook (.xlsx) or as CSV UTF-8", "hãy lưu lại dạng sổ Excel (.xlsx) hoặc CSV UTF-8"),
    SPREADSHEET_UNREADABLE(2084, "cannot read the spreadsheet: {0}", "không đọc được bảng tính: {0}", "open it in Excel and save it again as an Excel workbook (.xlsx) or as CSV UTF-8", "hãy mở bằng Excel rồi lưu lại dạng sổ Excel (.xlsx) hoặc CSV UTF-8"),
    CSV_NOT_UTF8(2085, "the CSV file is not UTF-8", "tệp CSV không phải UTF-8", "in Excel choose Save As, then 'CSV UTF-8 (Comma delimited)'", "trong Excel hãy chọn Save As (Lưu thành), rồi 'CSV UTF-8 (Comma delimited)'"),
    SPREADSHEET_REFERENCE_KEY(2086, "'{0}' is not a key of a spreadsheet reference", "'{0}' không phải là khoá của tham chiếu bảng tính", "write {1}", "hãy viết {1}"),
    SPREADSHEET_MISSING(2087, "there is no spreadsheet '{0}' in the data folder", "không có bảng tính '{0}' trong thư mục data", "the spreadsheets are: {1}", "các bảng tính: {1}"),
    CSV_HAS_NO_SHEETS(2088, "a CSV file has no sheets", "tệp CSV không có trang tính", "remove sheet: {0}", "hãy xoá sheet: {0}"),
    SHEET_MISSING(2089, "workbook {0} has no sheet '{1}'", "sổ {0} không có trang tính '{1}'", "its sheets are: {2}", "các trang tính: {2}"),
    CELL_ADDRESS_INVALID(2090, "cell must be a cell address such as C7, found {0}", "cell phải là địa chỉ ô như C7, nhưng lại là {0}", "write the column letters and the row number, as Excel shows them: cell: C7", "hãy viết chữ cột và số dòng như Excel hiển thị: cell: C7"),
    RANGE_NOT_A_LINE(2091, "a list takes one row or one column, not {0}", "một danh sách chỉ lấy một dòng hoặc một cột, không phải {0}", "write a range such as B2:B6 (a column) or B2:F2 (a row)", "hãy viết vùng như B2:B6 (một cột) hoặc B2:F2 (một dòng)"),
    TABLE_SOURCE_AND_ROWS(2092, "a table takes its rows from source: or from rows:, not both", "bảng lấy các dòng từ source: hoặc từ rows:, không phải cả hai", "remove rows: to take them from the spreadsheet", "hãy xoá rows: để lấy các dòng từ bảng tính"),
    TABLE_SOURCE_INVALID(2093, "source must name a spreadsheet and a range", "source phải ghi tên bảng tính và vùng ô", "write source: {file: bang-can-doi.xlsx, sheet: Tài sản, range: A5:C20}", "hãy viết source: {file: bang-can-doi.xlsx, sheet: Tài sản, range: A5:C20}"),
    TABLE_SOURCE_NO_RANGE(2094, "source needs a range", "source cần có range (vùng ô)", "write range: A5:C20, the table's cells without its header", "hãy viết range: A5:C20, các ô của bảng không kể dòng tiêu đề"),
    COLUMN_FROM_INVALID(2095, "from must be a column letter such as C, found {0}", "from phải là chữ cột như C, nhưng lại là {0}", "write from: C, or from: {vi: A, en: B} for a text in two languages", "hãy viết from: C, hoặc from: {vi: A, en: B} cho văn bản hai ngôn ngữ"),
    ROW_STYLES_INVALID(2096, "row_styles must map the sheet's row numbers to styles", "row_styles phải ghi số dòng của trang tính kèm kiểu dòng", "write row_styles: {12: subtotal, 20: total}", "hãy viết row_styles: {12: subtotal, 20: total}"),
    ROW_NUMBER_INVALID(2097, "'{0}' is not a row number of the sheet", "'{0}' không phải là số dòng của trang tính", "write the row number as Excel shows it, e.g. 20: total", "hãy viết số dòng như Excel hiển thị, ví dụ 20: total"),
    CELL_FORMULA_NO_RESULT(2098, "{0}: formula ={1} has no saved result", "{0}: công thức ={1} chưa có kết quả được lưu", "open the file in Excel and save it again, so that Excel stores the result, or type the value (used at {2})", "hãy mở tệp bằng Excel rồi lưu lại để Excel ghi kết quả, hoặc gõ giá trị (dùng ở {2})"),
    CELL_ERROR_VALUE(2099, "{0}: holds the error {1}", "{0}: chứa lỗi {1}", "correct the formula in Excel and save the file again (used at {2})", "hãy sửa công thức trong Excel rồi lưu lại tệp (dùng ở {2})"),
    CELL_NOT_A_NUMBER(2100, "{0}: '{1}' is not a number", "{0}: '{1}' không phải là số", "this file writes decimals with '{2}'; write the cell as a number (used at {3})", "tệp này viết phần thập phân bằng '{2}'; hãy viết ô thành một số (dùng ở {3})"),
    CELL_NOT_A_NUMBER_XLSX(2101, "{0}: '{1}' is not a number", "{0}: '{1}' không phải là số", "make the cell a number in Excel, or the column format: text (used at {3})", "hãy đổi ô thành số trong Excel, hoặc đặt format: text cho cột (dùng ở {3})"),
    RANGE_INVALID(2102, "range must be two cell addresses such as A2:C20, found {0}", "range phải là hai địa chỉ ô như A2:C20, nhưng lại là {0}", "write the first and the last cell, as Excel shows them: range: A2:C20", "hãy viết ô đầu và ô cuối như Excel hiển thị: range: A2:C20"),
    RANGE_REVERSED(2103, "range {0} ends before it starts", "vùng {0} kết thúc trước khi bắt đầu", "write the top-left cell first: {1}", "hãy viết ô trên cùng bên trái trước: {1}"),

    // 3xxx narratives and templates
    DIRECTIVE_NOT_CLOSED(3001, "{0} ...> is not closed", "{0} ...> chưa được đóng", "write it as {0} id=\"dataset.name\"/>: the id in quotes, and /> at the end", "hãy viết {0} id=\"dataset.name\"/>: id trong dấu ngoặc kép và /> ở cuối"),
    UNKNOWN_BUILTIN(3002, "unknown '?{0}' after a value", "không dùng được '?{0}' sau một giá trị", "print a value as it is, ${dataset.name}: it is formatted for the language already", "hãy in giá trị nguyên như vậy, ${dataset.name}: nó đã được định dạng theo ngôn ngữ"),
    EXPRESSION_NOT_CLOSED(3003, "'{0}' is not closed", "'{0}' chưa được đóng", "close it with }: {0}}", "hãy đóng bằng }: {0}}"),
    TEMPLATE_SYNTAX(3004, "template syntax error: {0}", "lỗi cú pháp mẫu: {0}", "check the ${...} and <@...> around this position; write $ {  or use \\${ for a literal", "hãy kiểm tra các ${...} và <@...> quanh vị trí này; muốn in đúng ký tự thì viết $ {  hoặc \\${"),
    TEMPLATE_UNEXPECTED(3005, "template syntax error: unexpected {0}", "lỗi cú pháp mẫu: không mong đợi {0} ở đây", "check the ${...} and <@...> around this position; write $ {  or use \\${ for a literal", "hãy kiểm tra các ${...} và <@...> quanh vị trí này; muốn in đúng ký tự thì viết $ {  hoặc \\${"),
    BOOLEAN_PRINTED(3006, "{0} is true/false, which a narrative cannot print", "{0} là giá trị đúng/sai (true/false), bài viết không in được", "write the words you mean in the narrative, or make the value a text in the data set", "hãy viết thành lời trong bài, hoặc đổi giá trị thành văn bản trong bộ dữ liệu"),
    DIVISION_BY_ZERO(3007, "division by zero", "chia cho số không", "check the figure you divide by", "hãy kiểm tra số chia"),
    TEMPLATE_PROBLEM(3008, "{0}", "{0}", "check the expression against the data sets", "hãy đối chiếu biểu thức với các bộ dữ liệu"),
    NOT_ONE_FIGURE(3009, "{0} is {1}, not one figure", "{0} là {1}, không phải một số liệu", "name one figure, e.g. ${dataset.name}", "hãy chỉ rõ một số liệu, ví dụ ${dataset.name}"),
    NOTHING_AFTER_DOT(3010, "{0} is {1}: nothing can follow it after a '.'", "{0} là {1}: không thể viết gì sau dấu '.'", "print it as ${{2}}", "hãy in dạng ${{2}}"),
    WRONG_KIND(3011, "{0} is {1}, where {2} is needed", "{0} là {1}, trong khi ở đây cần {2}", "check the name against the data sets", "hãy đối chiếu tên với các bộ dữ liệu"),
    VALUE_EMPTY_PRINTED(3012, "'{0}' has no value yet", "'{0}' chưa có giá trị", "fill it in at {1} (a narrative cannot print an empty value)", "hãy điền giá trị tại {1} (bài viết không in được giá trị trống)"),
    DIRECTIVE_ID_NOT_QUOTED(3013, "the id of <@{0}> must be in quotes", "id của <@{0}> phải nằm trong dấu ngoặc kép", "write it as <@{0} id=\"{1}\"/>", "hãy viết <@{0} id=\"{1}\"/>"),
    DIRECTIVE_ONE_PARAMETER(3014, "<@{0}> takes one parameter, id", "<@{0}> chỉ nhận một tham số là id", "write it as <@{0} id=\"dataset.name\"/>: the id in quotes, and /> at the end", "hãy viết <@{0} id=\"dataset.name\"/>: id trong dấu ngoặc kép và /> ở cuối"),
    NARRATIVE_FORBIDDEN(3015, "narratives cannot {0}", "bài viết không được {0}", "a narrative can print values of the data sets (${dataset.name}) and place figures (<@chart id=\"...\"/>); nothing else", "bài viết chỉ được in giá trị của bộ dữ liệu (${dataset.name}) và đặt hình, bảng (<@chart id=\"...\"/>); không gì khác"),
    UNKNOWN_DIRECTIVE(3016, "unknown <@{0}>", "không có <@{0}>", "a narrative can use <@chart id=\"...\"/>, <@table id=\"...\"/> and <@ref id=\"...\"/>", "bài viết dùng được <@chart id=\"...\"/>, <@table id=\"...\"/> và <@ref id=\"...\"/>"),
    ID_NOT_QUOTED(3017, "the id '{0}' must be in quotes", "id '{0}' phải nằm trong dấu ngoặc kép", "write id=\"{0}\"", "hãy viết id=\"{0}\""),
    LOOK_ALIKE_LETTER(3018, "'{0}' contains a non-Latin letter ({1} at column {2}) that looks like a Latin one", "'{0}' có một chữ không phải chữ Latinh ({1} ở cột {2}) trông giống chữ Latinh", "type the name again with a Latin keyboard: {3}", "hãy gõ lại tên bằng bàn phím Latinh: {3}"),
    UNKNOWN_VALUE(3019, "'{0}' does not exist in the data sets", "'{0}' không có trong các bộ dữ liệu", "", ""),
    REF_UNPLACED(3020, "<@ref> to '{0}', which no <@chart> or <@table> of this report places", "<@ref> trỏ tới '{0}', nhưng không <@chart> hay <@table> nào của báo cáo đặt hình này", "place the chart or table with <@chart id=\"...\"/> or <@table id=\"...\"/> first", "hãy đặt biểu đồ hoặc bảng trước, bằng <@chart id=\"...\"/> hoặc <@table id=\"...\"/>"),
    UNKNOWN_FIGURE(3021, "unknown {0} '{1}'", "không có {0} '{1}'", "", ""),
    IMAGE_ON_THE_WEB(3030, "image '{0}' is on another website", "ảnh '{0}' nằm trên một trang web khác", "download it into the report's media/ folder and link to it there: the report must work offline and in print", "hãy tải ảnh về thư mục media/ của báo cáo và dẫn tới đó: báo cáo phải xem được khi không có mạng và khi in"),
    IMAGE_OUTSIDE(3031, "image '{0}' is outside the project folder", "ảnh '{0}' nằm ngoài thư mục dự án", "copy it into the report's media/ folder", "hãy chép ảnh vào thư mục media/ của báo cáo"),
    IMAGE_MISSING(3032, "image '{0}' does not exist", "không tìm thấy ảnh '{0}'", "", ""),
    IMAGE_NO_DESCRIPTION(3033, "image '{0}' has no description", "ảnh '{0}' chưa có mô tả", "describe it between the brackets, ![like this]({0}): screen readers and the accessible PDF need it", "hãy mô tả ảnh trong dấu ngoặc vuông, ![như thế này]({0}): trình đọc màn hình và bản PDF tiếp cận cần mô tả này"),
    LINK_NOT_SECTION(3034, "link to '{0}', which is not a section of this report", "liên kết tới '{0}', nhưng đó không phải là một chương của báo cáo", "", ""),
    IMAGE_UNKNOWN_FORMAT(3035, "image '{0}' is not an image baocao can read (JPEG, PNG, GIF, WebP or SVG)", "'{0}' không phải là ảnh mà baocao đọc được (JPEG, PNG, GIF, WebP hoặc SVG)", "open it in an image editor and save it as JPEG (photos) or PNG (drawings, logos)", "hãy mở tệp bằng một trình sửa ảnh và lưu lại dạng JPEG (ảnh chụp) hoặc PNG (hình vẽ, logo)"),
    IMAGE_DAMAGED(3036, "image '{0}' is damaged or incomplete and cannot be read as {1} ({2})", "ảnh '{0}' bị hỏng hoặc không đầy đủ, không đọc được dạng {1} ({2})", "copy the original file again, or open it in an image editor and save it again", "hãy chép lại tệp gốc, hoặc mở bằng một trình sửa ảnh và lưu lại"),
    IMAGE_TOO_LARGE(3037, "image '{0}' is {1} × {2} pixels ({3} megapixels), more than the 100 megapixels baocao reads", "ảnh '{0}' có {1} × {2} điểm ảnh ({3} megapixel), quá 100 megapixel mà baocao đọc được", "make a smaller copy in an image editor: 6000 pixels on the long side is plenty, even for print", "hãy tạo một bản nhỏ hơn bằng trình sửa ảnh: cạnh dài 6000 điểm ảnh là đủ, kể cả để in"),
    IMAGE_UNREADABLE(3038, "image '{0}' cannot be read: {1}", "không đọc được ảnh '{0}': {1}", "check that the file is readable", "hãy kiểm tra quyền đọc tệp"),
    IMAGE_LOW_PPI(3039, "image '{0}' prints at {1} ppi, too few pixels for a sharp photo on paper ({2} ppi or more)", "ảnh '{0}' được in ở {1} ppi, quá ít điểm ảnh để ảnh chụp in ra được sắc nét (cần từ {2} ppi)", "use a larger original: {3} pixels wide for its printed width of {4} mm", "hãy dùng ảnh gốc lớn hơn: rộng {3} điểm ảnh cho khổ in rộng {4} mm"),
    THEME_TEMPLATE_FAILED(3040, "theme template failed: {0}", "mẫu giao diện bị lỗi: {0}", "fix the template, or remove your copy to use the default theme's", "hãy sửa mẫu, hoặc xoá bản sao của bạn để dùng mẫu mặc định"),
    THEME_TEMPLATE_UNREADABLE(3041, "theme template cannot be read: {0}", "không đọc được mẫu giao diện: {0}", "check the template's name and syntax", "hãy kiểm tra tên và cú pháp của mẫu"),
    PRINT_TEMPLATE_FAILED(3042, "print template failed: {0}", "mẫu bản in bị lỗi: {0}", "fix the template, or remove your copy to use the default theme's", "hãy sửa mẫu, hoặc xoá bản sao của bạn để dùng mẫu mặc định"),
    PRINT_TEMPLATE_UNREADABLE(3043, "print template cannot be read: {0}", "không đọc được mẫu bản in: {0}", "check the template's name and syntax", "hãy kiểm tra tên và cú pháp của mẫu"),
    THEME_MACRO_FAILED(3044, "theme macro {0} failed for the figure at {1}: {2}", "macro giao diện {0} bị lỗi với hình ở {1}: {2}", "fix the macro, or remove your copy to use the default theme's", "hãy sửa macro, hoặc xoá bản sao của bạn để dùng macro mặc định"),
    THEME_MACRO_UNREADABLE(3045, "theme macro file cannot be read: {0}", "không đọc được tệp macro giao diện: {0}", "check the macro file's syntax", "hãy kiểm tra cú pháp của tệp macro"),

    OTHER_REPORT_NOT_FOUND(3050, "there is no report '{0}'", "không có báo cáo '{0}'", "the reports are: {1}", "các báo cáo: {1}"),
    OTHER_REPORT_NOT_A_FIGURE(3051, "'{0}' is not a figure of report {1}", "'{0}' không phải là số liệu của báo cáo {1}", "the data sets of report {1} are: {2}", "các bộ dữ liệu của báo cáo {1}: {2}"),
    NUMBER_DIRECTIVE_PARAMETER(3052, "<@number> has no parameter '{0}'", "<@number> không có tham số '{0}'", "it takes value, decimals and negative: <@number value=finance.npl_ratio decimals=2/>", "chỉ dùng value, decimals và negative: <@number value=finance.npl_ratio decimals=2/>"),
    NUMBER_DIRECTIVE_NO_VALUE(3053, "<@number> needs value=", "<@number> cần có value=", "write it as <@number value=finance.npl_ratio decimals=2/>: the figure without quotes", "hãy viết <@number value=finance.npl_ratio decimals=2/>: tên số liệu không có ngoặc kép"),
    NUMBER_DIRECTIVE_NOT_A_NUMBER(3054, "the value of <@number> is not a number", "giá trị của <@number> không phải là số", "write it as <@number value=finance.npl_ratio decimals=2/>: the figure without quotes", "hãy viết <@number value=finance.npl_ratio decimals=2/>: tên số liệu không có ngoặc kép"),
    NUMBER_DIRECTIVE_DECIMALS(3055, "decimals of <@number> must be a whole number from 0 to 6", "decimals của <@number> phải là số nguyên từ 0 đến 6", "write e.g. decimals=2", "hãy viết ví dụ decimals=2"),
    NUMBER_DIRECTIVE_NEGATIVE(3056, "negative of <@number> must be \"minus\" or \"parentheses\"", "negative của <@number> phải là \"minus\" hoặc \"parentheses\"", "write negative=\"parentheses\" to print (12,4)", "hãy viết negative=\"parentheses\" để in (12,4)"),

    // 4xxx checks
    ANCHOR_MISSING(4001, "link to '#{0}', but no heading of {1} has that anchor", "liên kết tới '#{0}', nhưng không tiêu đề nào của {1} có neo đó", "an anchor is the heading's text without diacritics, in lower case with hyphens: {2}", "neo là chữ của tiêu đề, bỏ dấu, viết thường, nối bằng dấu gạch: {2}"),
    VALUE_EMPTY(4002, "{0} has no value yet", "{0} chưa có giá trị", "fill it in before publishing; {1}", "hãy điền trước khi xuất bản; {1}"),
    SERIES_EMPTY(4003, "chart {0}: series '{1}' has no values yet", "biểu đồ {0}: chuỗi số liệu '{1}' chưa có giá trị", "fill in its values before publishing; the chart is drawn without them meanwhile", "hãy điền giá trị trước khi xuất bản; trong lúc chờ, biểu đồ được vẽ mà không có chúng"),
    TABLE_COLUMN_EMPTY(4004, "table {0}: column {1} has no values yet", "bảng {0}: cột {1} chưa có giá trị", "fill in its cells before publishing; the table shows them empty meanwhile", "hãy điền các ô trước khi xuất bản; trong lúc chờ, bảng để trống các ô đó"),
    TABLE_COLUMNS_EMPTY(4005, "table {0}: columns {1} and {2} have no values yet", "bảng {0}: các cột {1} và {2} chưa có giá trị", "fill in its cells before publishing; the table shows them empty meanwhile", "hãy điền các ô trước khi xuất bản; trong lúc chờ, bảng để trống các ô đó"),
    FIGURES_FEWER(4006, "the {0} text prints fewer figures than its source {1}: {2}", "bản {0} in ít số liệu hơn bản gốc {1}: {2}", "print the same figures in every language, each with ${...} from the data set, so the editions cannot differ", "hãy in cùng các số liệu ở mọi ngôn ngữ, mỗi số bằng ${...} lấy từ bộ dữ liệu, để các ấn bản không thể lệch nhau"),
    FIGURES_EXTRA(4007, "the {0} text prints figures its source {1} does not: {2}", "bản {0} in những số liệu mà bản gốc {1} không có: {2}", "add them to the source too, or remove them here: both editions should show the same figures", "hãy thêm vào bản gốc, hoặc bỏ ở đây: hai ấn bản phải có cùng số liệu"),
    FIGURE_TYPED(4008, "the figure {0} is typed by hand", "số liệu {0} được gõ tay", "put it in a data set and print it with ${dataset.name}: then both languages, the site and the PDF show the same figure", "hãy đưa vào một bộ dữ liệu và in bằng ${dataset.name}: khi đó cả hai ngôn ngữ, trang web và PDF đều hiện cùng một số"),
    NOT_NFC(4009, "text is not in Unicode NFC: '{0}' is typed with separate accent marks{1}", "văn bản không ở dạng Unicode NFC: '{0}' được gõ với dấu tách rời{1}", "baocao composes it in the output; to fix the file, convert it to precomposed Unicode (\"Unicode dựng sẵn\", NFC), e.g. with UniKey's converter", "baocao tự ghép dấu khi xuất bản; để sửa tệp, hãy chuyển sang \"Unicode dựng sẵn\" (NFC), ví dụ bằng công cụ chuyển mã của UniKey"),
    INVISIBLE_CHARACTER(4010, "invisible character: {0}", "ký tự vô hình: {0}", "delete it (it was probably pasted from a web page or a PDF): it breaks searching, copying and line breaks", "hãy xoá nó (có lẽ được dán từ một trang web hay một tệp PDF): nó làm hỏng tìm kiếm, sao chép và ngắt dòng"),
    NBSP_IN_NUMBER(4011, "non-breaking space inside the number '{0}'", "có dấu cách không ngắt trong số '{0}'", "put the figure in a data set and write ${dataset.name}: baocao prints it the way each language writes numbers", "hãy đưa số liệu vào một bộ dữ liệu và viết ${dataset.name}: baocao sẽ in số theo cách viết của từng ngôn ngữ"),
    SECTION_UNTRANSLATED(4012, "this section has no {0} ({1}) version yet", "chương này chưa có bản {0} ({1})", "the {1} site shows a note and links to this one; add {2}{3}", "trang {1} sẽ hiện một ghi chú và dẫn về chương này; hãy thêm {2}{3}"),
    ALL_DRAFTS(4013, "every report is a draft, so the website lists none", "mọi báo cáo đều là bản nháp nên trang web không liệt kê báo cáo nào", "remove draft: true from the report.yaml of each finished report, or build with --drafts to see the drafts", "hãy xoá draft: true trong report.yaml của các báo cáo đã xong, hoặc chạy build với --drafts để xem bản nháp"),

    LEFTOVER_YEAR(4020, "{0}, the year of report {1} this one was started from, is still in {2}", "{0}, năm của báo cáo {1} mà báo cáo này được tạo từ đó, vẫn còn trong {2}", "write this report's year if the text is about it; the check stops once report.yaml no longer starts with '{3}'", "hãy viết năm của báo cáo này nếu văn bản nói về nó; việc kiểm tra dừng khi report.yaml không còn bắt đầu bằng '{3}'"),

    // 5xxx build, publishing and files
    FILE_UNREADABLE(5001, "cannot read the file: {0}", "không đọc được tệp: {0}", "check that the file exists and is readable", "hãy kiểm tra tệp có tồn tại và có quyền đọc không"),
    FOLDER_UNREADABLE(5002, "cannot list the folder: {0}", "không xem được nội dung thư mục: {0}", "check its permissions", "hãy kiểm tra quyền truy cập thư mục"),
    OUTPUT_NOT_CREATED(5003, "cannot create the output folder: {0}", "không tạo được thư mục kết quả: {0}", "check that the folder is writable, or choose another with --out", "hãy kiểm tra quyền ghi vào thư mục, hoặc chọn thư mục khác bằng --out"),
    OUTPUT_CONTAINS_PROJECT(5004, "the output folder contains the project", "thư mục kết quả lại chứa cả dự án", "choose an output folder inside or beside the project, e.g. --out output", "hãy chọn thư mục kết quả bên trong hoặc bên cạnh dự án, ví dụ --out output"),
    OUTPUT_NOT_OURS(5005, "the output folder holds files that baocao did not write", "thư mục kết quả có những tệp không phải do baocao tạo ra", "choose an empty or new folder with --out; baocao replaces its output folder on every build", "hãy chọn một thư mục trống hoặc mới bằng --out; mỗi lần build, baocao thay toàn bộ thư mục kết quả"),
    OUTPUT_UNREADABLE(5006, "cannot read the output folder: {0}", "không đọc được thư mục kết quả: {0}", "check its permissions", "hãy kiểm tra quyền truy cập thư mục"),
    PDF_NOT_WRITTEN(5007, "the PDF could not be written: {0}", "không ghi được tệp PDF: {0}", "the web pages are up to date; save a file to try again", "các trang web đã được cập nhật; hãy lưu một tệp để thử lại"),
    NEW_SITE_FOLDER_NOT_EMPTY(5010, "the folder exists and is not empty", "thư mục đã tồn tại và không trống", "name a new folder: baocao new site writes the whole project there", "hãy đặt tên một thư mục mới: baocao new site sẽ ghi toàn bộ dự án vào đó"),
    NEW_REPORT_NAME(5011, "'{0}' cannot be used in a web address", "'{0}' không dùng được trong địa chỉ web", "name the report after its year or term, e.g. 2021 or 2021-2025", "hãy đặt tên báo cáo theo năm hoặc nhiệm kỳ, ví dụ 2021 hoặc 2021-2025"),
    NEW_REPORT_EXISTS(5012, "report {0} exists already", "báo cáo {0} đã có", "choose another name, or delete the folder first", "hãy chọn tên khác, hoặc xoá thư mục đó trước"),
    NEW_REPORT_NO_SOURCE(5013, "there is no report {0} to start from", "không có báo cáo {0} để làm gốc", "the reports are: {1}", "các báo cáo hiện có: {1}"),
    NEW_REPORT_NO_YEAR(5014, "'{0}' names no year, so its period is unknown", "'{0}' không có năm nên không biết kỳ báo cáo", "name the report after its year or term (2021, 2021-2025), or start from another report with --from", "hãy đặt tên báo cáo theo năm hoặc nhiệm kỳ (2021, 2021-2025), hoặc lấy một báo cáo khác làm gốc bằng --from"),

    // 6xxx translations
    TRANSLATION_OUTDATED(6001, "translation is outdated: {0} has changed since it was marked up to date{1}", "bản dịch đã cũ: {0} đã thay đổi kể từ khi bản dịch được đánh dấu là mới nhất{1}", "run baocao translations to see what changed; once translated, run baocao translations --mark {2}", "hãy chạy baocao translations để xem những gì thay đổi; dịch xong, hãy chạy baocao translations --mark {2}"),
    TRANSLATIONS_FILE_INVALID(6002, "translations.yaml must map each translated file to its mark", "translations.yaml phải ghi mỗi tệp đã dịch kèm dấu của nó", "delete the file and mark the translations again with baocao translations --mark", "hãy xoá tệp này và đánh dấu lại các bản dịch bằng baocao translations --mark"),
    MARK_NOT_A_SECTION(6003, "{0} is not a section file of a report", "{0} không phải là tệp chương của một báo cáo", "give the path of a translated section, e.g. content/reports/2020/en/01-tong-quan.md", "hãy đưa đường dẫn của một chương đã dịch, ví dụ content/reports/2020/en/01-tong-quan.md"),
    MARK_LANGUAGE_UNKNOWN(6004, "{0} '{1}' is not a language of the site", "{0}: '{1}' không phải là một ngôn ngữ của trang web", "languages: {2}", "các ngôn ngữ: {2}"),
    MARK_SOURCE_LANGUAGE(6005, "{0} is in the source language ({1}); only translations are marked", "{0} thuộc ngôn ngữ gốc ({1}); chỉ bản dịch mới được đánh dấu", "mark the translation instead, e.g. {2}", "hãy đánh dấu bản dịch, ví dụ {2}"),
    MARK_FILE_MISSING(6006, "{0} does not exist", "{0} không tồn tại", "check the path; it is relative to the project folder", "hãy kiểm tra đường dẫn; nó tính từ thư mục dự án"),
    MARK_NO_SOURCE(6007, "{0} has no source: {1} does not exist", "{0} không có bản gốc: {1} không tồn tại", "a translation has the same file name as its source in the {2} folder", "bản dịch có cùng tên tệp với bản gốc trong thư mục {2}"),
    MARK_NOT_A_YAML_WITH_TEXTS(6010, "{0} is not a YAML file with texts to translate", "{0} không phải là tệp YAML có văn bản cần dịch", "give content/site.yaml, a report's report.yaml or one of its data files", "hãy đưa content/site.yaml, report.yaml của một báo cáo hoặc một tệp dữ liệu của nó"),

    // Hints chosen instead of an entry's own
    HINT_DID_YOU_MEAN("did you mean {0}?", "ý bạn là {0}?"),
    HINT_ROW_STYLE_CLOSEST("did you mean {0}? use one of: total, subtotal, heading", "ý bạn là {0}? hãy dùng một trong: total, subtotal, heading"),
    HINT_PUT_SPREADSHEET("put the .xlsx or .csv file in the report's data/ folder", "hãy đặt tệp .xlsx hoặc .csv vào thư mục data/ của báo cáo"),
    HINT_REPORT_HAS_NO_DATA("report {0} has no data set", "báo cáo {0} chưa có bộ dữ liệu nào"),
    WORD_REPORT_TITLE("the report's title", "tiêu đề báo cáo"),
    WORD_REPORT_SUBTITLE("the report's subtitle", "phụ đề báo cáo"),
    WORD_CHART_TITLE_OF("the title of chart {0}", "tiêu đề biểu đồ {0}"),
    WORD_TABLE_CAPTION_OF("the caption of table {0}", "chú thích bảng {0}"),
    HINT_DID_YOU_MEAN_QUOTED("did you mean '{0}'?", "ý bạn là '{0}'?"),
    HINT_KEY_ONCE("each key may appear once in a mapping: remove or rename one of them", "mỗi khoá chỉ được xuất hiện một lần: hãy xoá hoặc đổi tên một trong hai"),
    HINT_QUOTE_FLOW_TEXT("put the text in quotes, e.g. {vi: \"Ghi chú: ...\", en: \"Note: ...\"}", "hãy đặt văn bản trong dấu ngoặc kép, ví dụ {vi: \"Ghi chú: ...\", en: \"Note: ...\"}"),
    HINT_CLOSE_DOUBLE_QUOTE("end the text with \" (a quote inside the text is written \\\")", "hãy kết thúc văn bản bằng \" (dấu ngoặc kép bên trong văn bản viết là \\\")"),
    HINT_CLOSE_SINGLE_QUOTE("end the text with ' (a ' inside the text is written '')", "hãy kết thúc văn bản bằng ' (dấu ' bên trong văn bản viết là '')"),
    HINT_END_DIRECTIVE("end it with </{0}>", "hãy đóng bằng </{0}>"),
    HINT_CHECK_EXPRESSION("check the expression '{0}' against the data sets", "hãy đối chiếu biểu thức '{0}' với các bộ dữ liệu"),
    HINT_PRINT_ONE_ITEM("print one item, e.g. ${{0}[0]} for the first", "hãy in một mục, ví dụ ${{0}[0]} cho mục đầu tiên"),
    HINT_NAME_ONE_FIGURE_OF("name one of its figures, e.g. ${{0}}", "hãy chỉ rõ một số liệu trong đó, ví dụ ${{0}}"),
    HINT_ONLY_NUMBERS_CALCULATE("check the name: only numbers can be calculated with", "hãy kiểm tra tên: chỉ tính toán được với số"),
    HINT_UNKNOWN_DIRECTIVE_CLOSEST("did you mean <@{0}>? a narrative can use <@chart id=\"...\"/>, <@table id=\"...\"/> and <@ref id=\"...\"/>", "ý bạn là <@{0}>? bài viết dùng được <@chart id=\"...\"/>, <@table id=\"...\"/> và <@ref id=\"...\"/>"),
    HINT_DATA_SETS_ARE("the data sets are: {0}", "các bộ dữ liệu: {0}"),
    HINT_NO_DATA_SET("the report has no data set: add data/<name>.yaml", "báo cáo chưa có bộ dữ liệu nào: hãy thêm data/<tên>.yaml"),
    HINT_PLACED_FIGURES_ARE("the placed charts and tables are: {0}", "các biểu đồ và bảng đã đặt: {0}"),
    HINT_DEFINE_FIGURE("define it under {0}s: in a data set, then write <@{0} id=\"dataset.name\"/>", "hãy khai báo dưới {0}s: trong một bộ dữ liệu, rồi viết <@{0} id=\"dataset.name\"/>"),
    HINT_FIGURES_ARE("the {0}s are: {1}", "danh sách {0}: {1}"),
    HINT_DID_YOU_MEAN_IN_DATA_SET("did you mean {0}.{1}?", "ý bạn là {0}.{1}?"),
    HINT_DATA_SET_HAS_NO_FIGURES("data set '{0}' has no {1}s: block", "bộ dữ liệu '{0}' không có khối {1}s:"),
    HINT_FIGURES_OF_DATA_SET("the {1}s of '{0}' are: {2}", "danh sách {1} của '{0}': {2}"),
    HINT_IMAGE_PATH_RELATIVE("the path is relative to this Markdown file, e.g. ../media/{0}", "đường dẫn tính từ tệp Markdown này, ví dụ ../media/{0}"),
    HINT_LINK_TO_SECTION("link to a section file of the same language folder: {0}", "hãy liên kết tới một tệp chương trong cùng thư mục ngôn ngữ: {0}"),
    HINT_SECTION_HAS_NO_HEADINGS("the section has no headings to link to", "chương này không có tiêu đề nào để liên kết tới"),
    HINT_ANCHOR_CLOSEST("did you mean #{0}?", "ý bạn là #{0}?"),
    HINT_COLUMNS_ARE("the columns are: {0}", "các cột: {0}"),
    HINT_KEYS_ALLOWED("the keys allowed here are: {0}", "các khoá được phép ở đây: {0}"),
    HINT_LANGUAGES_ARE("the site's languages (site.yaml) are: {0}", "các ngôn ngữ của trang web (site.yaml): {0}"),

    // Lines the command line prints
    COUNT_ERROR("1 error", "1 lỗi"),
    COUNT_ERRORS("{0} errors", "{0} lỗi"),
    COUNT_WARNING("1 warning", "1 cảnh báo"),
    COUNT_WARNINGS("{0} warnings", "{0} cảnh báo"),
    COUNT_PAGE("1 page", "1 trang"),
    COUNT_PAGES("{0} pages", "{0} trang"),
    COUNT_PDF("1 PDF", "1 tệp PDF"),
    COUNT_PDFS("{0} PDFs", "{0} tệp PDF"),
    COUNT_PRINT_SHOP_PDF("1 print-shop PDF", "1 tệp PDF cho nhà in"),
    COUNT_PRINT_SHOP_PDFS("{0} print-shop PDFs", "{0} tệp PDF cho nhà in"),
    COUNT_FILE("1 file", "1 tệp"),
    COUNT_FILES("{0} files", "{0} tệp"),
    LINE_ERRORS_AND_WARNINGS("{0}, {1}", "{0}, {1}"),
    LINE_NO_ERRORS("no errors found", "không có lỗi nào"),
    LINE_BUILD_FAILED("build failed: nothing was written; {0} is unchanged", "build thất bại: chưa ghi tệp nào; {0} vẫn giữ nguyên"),
    LINE_BUILT("built {0} into {1} in {2} s", "đã tạo {0} trong {1}, mất {2} giây"),
    LINE_TWO_THINGS("{0} and {1}", "{0} và {1}"),
    LINE_THREE_THINGS("{0}, {1} and {2}", "{0}, {1} và {2}"),
    LINE_FOR_THE_PRINT_SHOP("  for the print shop: {0}", "  gửi nhà in: {0}"),
    LINE_LEFT_OUT_DRAFT("left out draft report {0} (draft: true in {1})", "bỏ qua báo cáo nháp {0} (draft: true trong {1})"),
    LINE_DRAFT_PROBLEMS("{0}; its {1}: baocao check lists them", "{0}; báo cáo có {1}: baocao check sẽ liệt kê"),
    LINE_REPORT_CREATED("created report {0}: {1}", "đã tạo báo cáo {0}: {1}"),
    LINE_REPORT_CREATED_FROM("created report {0} from {1}: {2}", "đã tạo báo cáo {0} từ {1}: {2}"),
    LINE_REPORT_NEXT("next: write each section and fill in the data; baocao check lists what is left to do", "tiếp theo: viết từng chương và điền số liệu; baocao check liệt kê những việc còn lại"),
    LINE_REPORT_IS_DRAFT("it is a draft: baocao serve shows it, baocao build leaves it out until you remove draft: true from its report.yaml", "đây là bản nháp: baocao serve có hiển thị, nhưng baocao build bỏ qua cho đến khi bạn xoá draft: true trong report.yaml"),
    LINE_SITE_CREATED("created a project in {0}: {1}", "đã tạo dự án trong {0}: {1}"),
    LINE_SITE_NEXT("next: cd {0} && baocao serve", "tiếp theo: cd {0} && baocao serve"),
    LINE_PROGRESS_READING("reading and checking the content", "đang đọc và kiểm tra nội dung"),
    LINE_PROGRESS_PDFS("making the PDFs", "đang tạo các tệp PDF"),
    LINE_PROGRESS_PDF("PDF {0}/{1}", "PDF {0}/{1}"),
    LINE_PROGRESS_SITE("writing the website", "đang ghi trang web"),
    LINE_PROGRESS_PUBLISHING("publishing", "đang xuất bản"),
    LINE_TRANSLATIONS_REPORT("Report {0} (source language: {1})", "Báo cáo {0} (ngôn ngữ gốc: {1})"),
    LINE_TRANSLATIONS_SECTION("section", "chương"),
    LINE_TRANSLATION_OUTDATED("outdated: {0}", "đã cũ: {0}"),
    LINE_TRANSLATION_SOURCE_CHANGED("  its source {0} has changed since it was marked up to date{1}:", "  bản gốc {0} đã thay đổi kể từ khi bản dịch được đánh dấu là mới nhất{1}:"),
    LINE_TRANSLATION_CHANGE("    line {0}: {1}", "    dòng {0}: {1}"),
    LINE_TRANSLATION_MARK_WHEN_UPDATED("  when the translation is updated: baocao translations --mark {0}", "  khi đã cập nhật bản dịch: baocao translations --mark {0}"),
    LINE_TRANSLATION_NEVER_MARKED("not marked: {0} was never marked up to date with its source", "chưa đánh dấu: {0} chưa từng được đánh dấu là khớp với bản gốc"),
    LINE_TRANSLATION_MARK_IF("  if it is: baocao translations --mark {0}", "  nếu đã khớp: baocao translations --mark {0}"),
    LINE_TRANSLATION_MISSING("missing: {0}{1}", "còn thiếu: {0}{1}"),
    LINE_TRANSLATION_THE_SOURCE_ITSELF(" (the source itself)", " (chính là bản gốc)"),
    LINE_TRANSLATION_NO_SOURCE("no source: {0} has no readable source in the {1} folder", "không có bản gốc: {0} không có bản gốc đọc được trong thư mục {1}"),
    LINE_TRANSLATION_MARKED("marked {0} up to date with {1} in {2}", "đã đánh dấu {0} là khớp với {1} trong {2}"),
    LINE_TRANSLATIONS_TEXT_GAPS("Texts in the YAML files that lack a language (the default language's text is used):", "Văn bản trong các tệp YAML còn thiếu một ngôn ngữ (tạm dùng văn bản của ngôn ngữ mặc định):"),
    LINE_TRANSLATIONS_STRING_GAPS("Interface strings missing in a language:", "Chuỗi giao diện còn thiếu ở một ngôn ngữ:"),
    LINE_TRANSLATIONS_SUMMARY("translations: {0} ok, {1} outdated, {2} not marked, {3} missing, {4} no source", "bản dịch: {0} ổn, {1} đã cũ, {2} chưa đánh dấu, {3} còn thiếu, {4} không có bản gốc"),
    LINE_TRANSLATIONS_CONTENT_ERRORS("The content also has errors: run baocao check to see them.", "Nội dung còn có lỗi: hãy chạy baocao check để xem."),
    LINE_SERVING("serving {0} at {1}  (Ctrl-C to stop)", "đang xem trước {0} tại {1}  (Ctrl-C để dừng)"),
    LINE_SERVE_EXPOSED("warning: other computers can see this preview at {0}", "cảnh báo: các máy tính khác xem được bản xem trước này tại {0}"),
    LINE_SERVE_WARNINGS_UNCHANGED("+ {0} unchanged since the last build: baocao check lists them", "+ {0} không đổi so với lần build trước: baocao check sẽ liệt kê"),
    LINE_SERVE_BUILT("built in {0} ms: {1} changed", "đã build xong sau {0} ms: {1} thay đổi"),
    LINE_SERVE_REBUILT("rebuilt in {0} ms: {1} changed", "đã build lại sau {0} ms: {1} thay đổi"),
    LINE_SERVE_BUILD_FAILED("build failed: the browser shows the errors", "build thất bại: trình duyệt hiển thị các lỗi"),
    LINE_SERVE_REBUILD_FAILED("rebuild failed: the browser shows the errors over the last good pages", "build lại thất bại: trình duyệt hiển thị các lỗi đè lên các trang tốt gần nhất"),
    LINE_SERVE_PDF_WRITTEN("PDF {0} written in {1} s", "đã ghi PDF {0} sau {1} giây"),
    LINE_SERVE_PDF_FAILED("PDF {0} could not be made", "không tạo được PDF {0}"),
    OVERLAY_TITLE("baocao: {0} stopped the build; this page is the last good build.", "baocao: {0} làm build dừng lại; trang này là bản build tốt gần nhất."),
    SCAFFOLD_SITE_YAML("The organisation and the languages of the reports; the first language is the default one.", "Tổ chức và các ngôn ngữ của báo cáo; ngôn ngữ đầu tiên là ngôn ngữ mặc định."),
    SCAFFOLD_TODO_NAME("write your organisation's name", "hãy ghi tên tổ chức của bạn"),
    SCAFFOLD_TODO_SHORT_NAME("write its short name", "hãy ghi tên viết tắt"),
    SCAFFOLD_STRINGS_VI("Your own wording for the theme's interface strings in Vietnamese (see docs/user-guide.md for every key).", "Cách diễn đạt riêng của bạn cho các chuỗi giao diện tiếng Việt (xem mọi khoá trong docs/user-guide.md)."),
    SCAFFOLD_STRINGS_EN("Your own wording for the theme's interface strings in English (see docs/user-guide.md for every key).", "Cách diễn đạt riêng của bạn cho các chuỗi giao diện tiếng Anh (xem mọi khoá trong docs/user-guide.md)."),
    SCAFFOLD_DATA_SET("Every figure of the report is written once, here, and printed by both languages.", "Mỗi số liệu của báo cáo chỉ được viết một lần, ở đây, và cả hai ngôn ngữ đều in từ đây."),
    SCAFFOLD_DRAFT("remove this line, or set it to false, to publish the report", "xoá dòng này, hoặc đặt thành false, để xuất bản báo cáo"),
    SCAFFOLD_STARTED_FROM("Started from report {0} by baocao new report: check the title, period, publication date and key figures.", "Tạo từ báo cáo {0} bằng baocao new report: hãy kiểm tra tiêu đề, kỳ báo cáo, ngày xuất bản và các số liệu nổi bật."),
    STATE_SOURCE("source", "bản gốc"),
    STATE_OK("ok", "ổn"),
    STATE_MISSING("missing", "còn thiếu"),
    STATE_OUTDATED("outdated", "đã cũ"),
    STATE_NEVER_MARKED("not marked", "chưa đánh dấu"),
    STATE_NO_SOURCE("no source", "không có bản gốc"),

    // Words used inside other entries
    HINT_LABEL("hint", "gợi ý"),
    WORD_SPACE("1 space", "1 dấu cách"),
    WORD_SPACES("{0} spaces", "{0} dấu cách"),
    WORD_FIRST("first", "đầu tiên"),
    WORD_THIS_VALUE("this value", "giá trị này"),
    WORD_THIS("this", "giá trị này"),
    WORD_THIS_SECTION("this section", "chương này"),
    WORD_CHART("chart", "biểu đồ"),
    WORD_CHART_NAMED("chart '{0}'", "biểu đồ '{0}'"),
    WORD_TABLE_NAMED("table '{0}'", "bảng '{0}'"),
    WORD_CHART_TITLE("chart title", "tiêu đề biểu đồ"),
    WORD_CHART_UNIT("chart unit", "đơn vị của biểu đồ"),
    WORD_CHART_CATEGORIES("chart categories", "các hạng mục của biểu đồ"),
    WORD_SERIES_NAME("series name", "tên chuỗi số liệu"),
    WORD_TABLE_CAPTION("table caption", "chú thích bảng"),
    WORD_TABLE_CELL("table cell", "ô của bảng"),
    WORD_COLUMN_LABEL("column label", "nhãn cột"),
    WORD_KEY_FIGURE_LABEL("key figure label", "nhãn của số liệu nổi bật"),
    WORD_ORGANIZATION_NAME("organization name", "tên tổ chức"),
    WORD_ORGANIZATION_SHORT_NAME("organization short_name", "tên viết tắt của tổ chức (short_name)"),
    WORD_PERIOD_START("period start", "ngày bắt đầu kỳ báo cáo"),
    WORD_PERIOD_END("period end", "ngày kết thúc kỳ báo cáo"),
    WORD_A_LANGUAGE("a language", "một ngôn ngữ"),
    WORD_A_COLUMN("a column", "một cột"),
    WORD_A_SERIES("a series", "một chuỗi số liệu"),
    WORD_A_KEY_FIGURE("a key figure", "một số liệu nổi bật"),
    WORD_A_TRANSLATION_MARK("a translation mark", "một dấu bản dịch"),
    WORD_THE_FRONT_MATTER("the front matter", "phần đầu (front matter)"),
    WORD_TABLE("table", "bảng"),
    WORD_MAPPING("a mapping", "một bảng khoá và giá trị"),
    WORD_LIST("a list", "một danh sách"),
    WORD_NOTHING("nothing", "trống"),
    WORD_TEXT("a text", "văn bản"),
    WORD_TRUE_FALSE("true/false", "giá trị đúng/sai (true/false)"),
    WORD_DATE("a date", "một ngày"),
    WORD_NUMBER("a number", "một số"),
    WORD_WHOLE_DATA_SET("a whole data set", "cả một bộ dữ liệu"),
    WORD_GROUP_OF_VALUES("a group of values", "một nhóm giá trị"),
    WORD_VALUE_OF_KIND("a {0}", "một giá trị kiểu {0}"),
    WORD_USE_API("use ?api (the Java API is not available)", "dùng ?api (không có Java API)"),
    WORD_CREATE_OBJECTS("create objects with ?new", "tạo đối tượng bằng ?new"),
    WORD_INCLUDE_FILES("include or import other files", "chèn hoặc nhập tệp khác"),
    WORD_REPLACE_THIS_VALUE("replace this value", "hãy thay giá trị này"),
    WORD_MORE_LETTERS(" (and {0} more letters in this file)", " (và {0} chữ khác trong tệp này)"),
    WORD_MARKED_ON(" on {0}", " vào {0}"),
    WORD_TRANSLATIONS_LISTS_ALL(" (baocao translations lists every missing translation)", " (baocao translations liệt kê mọi bản dịch còn thiếu)"),
    WORD_PRINTED_EMPTY_BLOCKS("the narratives that print it cannot be built meanwhile", "trong lúc chờ, các bài viết in giá trị này không build được"),
    WORD_SHOWN_EMPTY("the pages show it empty meanwhile", "trong lúc chờ, các trang để trống giá trị này"),
    WORD_ZERO_WIDTH_SPACE("a zero-width space (U+200B)", "một dấu cách độ rộng bằng không (U+200B)"),
    WORD_ZERO_WIDTH_NON_JOINER("a zero-width non-joiner (U+200C)", "một ký tự ngăn nối độ rộng bằng không (U+200C)"),
    WORD_ZERO_WIDTH_JOINER("a zero-width joiner (U+200D)", "một ký tự nối độ rộng bằng không (U+200D)"),
    WORD_WORD_JOINER("a word joiner (U+2060)", "một ký tự nối từ (U+2060)"),
    WORD_BYTE_ORDER_MARK("a byte order mark (U+FEFF) inside the text", "một dấu thứ tự byte (U+FEFF) giữa văn bản"),
    WORD_CONTROL_CHARACTER("a control character (U+{0})", "một ký tự điều khiển (U+{0})"),
    IO_NOT_FOUND("{0} does not exist", "{0} không tồn tại"),
    IO_ACCESS_DENIED("permission denied: {0}", "không có quyền truy cập: {0}"),
    IO_NOT_A_FOLDER("{0} is not a folder", "{0} không phải là thư mục"),
    IO_EXISTS("{0} exists already", "{0} đã tồn tại"),
    IO_FOLDER_NOT_EMPTY("the folder {0} is not empty", "thư mục {0} không trống"),
    IO_OTHER("{0}", "{0}");

    private final int code;
    private final String english;
    private final String vietnamese;
    private final String englishHint;
    private final String vietnameseHint;

    /** A diagnostic: its code, what is wrong and how to fix it, in both languages. */
    Message(int code, String english, String vietnamese, String englishHint, String vietnameseHint) {
        this.code = code;
        this.english = english;
        this.vietnamese = vietnamese;
        this.englishHint = englishHint;
        this.vietnameseHint = vietnameseHint;
    }

    /** A word, a hint or a line of the tool, without a code. */
    Message(String english, String vietnamese) {
        this(0, english, vietnamese, "", "");
    }

    /** "BC1004"; empty for an entry that is not a diagnostic. */
    public String code() {
        return code == 0 ? "" : String.format(Locale.ROOT, "BC%04d", code);
    }

    public boolean isDiagnostic() {
        return code != 0;
    }

    public String text(ToolLanguage language) {
        return language == ToolLanguage.VI ? vietnamese : english;
    }

    public String hint(ToolLanguage language) {
        return language == ToolLanguage.VI ? vietnameseHint : englishHint;
    }

    /** This entry with its arguments, to be rendered in either language. */
    public Phrase with(Object... args) {
        return new Phrase(this, Arrays.asList(args));
    }

    /** The text in the language baocao speaks, for lines that are printed at once. */
    public String format(Object... args) {
        return with(args).in(ToolLanguage.current());
    }

    /** "1 error" or "3 errors": English needs the singular, Vietnamese has one form. */
    public static Phrase count(long n, Message one, Message many) {
        return n == 1 ? one.with() : many.with(n);
    }

    public static List<Message> diagnostics() {
        return Arrays.stream(values()).filter(Message::isDiagnostic).toList();
    }
}
