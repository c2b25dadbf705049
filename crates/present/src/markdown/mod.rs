//! Posts are CommonMark, the markdown members know from other forums, and this
//! is how it reads in a terminal. The parser is pulldown-cmark (with tables,
//! `~~strikethrough~~` and `- [ ]` task boxes); its events are drawn here:
//!
//! - Paragraphs reflow to the screen; two trailing spaces or a `\` end a line
//!   where it is. Where the writer left blank lines between blocks, one is drawn
//!   however many there were; a list set right under its paragraph stays there.
//! - `*emphasis*`, `**strong**`, `~~struck~~`, `` `code` `` are styled.
//! - `# Heading` (to `######`) stands on its own line in the title style with a
//!   blank line before and after it; `#hashtag` is text.
//! - Lists nest, bulleted (`•`) or numbered from their first number, with wrapped
//!   lines hanging under the text; quotes are drawn with a bar (`│`).
//! - Code blocks are kept as typed, indented, never reflowed.
//! - Links read `text (url)`, or the url alone when it is its own text; images
//!   read the same with their description. Nothing is clickable or fetched.
//! - Tables line up in columns when they fit, else read row by row, `cell · cell`.
//! - HTML is shown as the text it is, never interpreted.
//!
//! The body is sanitised before it is parsed, whatever the store holds, and every
//! piece of text the parser hands back is sanitised again: a character reference
//! such as `&#27;` decodes to ESC, and must not reach a terminal either.
//!
//! [`render`] draws for the screens, [`plain`] for plain mode: the same layout in
//! the characters a member would type (`> `, `- `, `# `), without styles.

mod draw;
mod layout;
#[cfg(test)]
mod properties;
#[cfg(test)]
mod tests;

use pulldown_cmark::{Alignment, Event, Options, Parser, Tag, TagEnd};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::theme::Theme;
use layout::{Cell, LongWords};
use stoa_core::forum::sanitize;

/// Renders `body` into lines at most `width` cells wide after `indent`, which
/// starts every line.
pub fn render(body: &str, width: usize, indent: &str, theme: &Theme) -> Vec<Line<'static>> {
    Renderer::new(&SCREEN, theme, width, indent).run(body)
}

/// `body` as plain mode prints it: lines of text, at most `width` wide except a
/// word (a long address) that is longer than a whole line.
pub fn plain(body: &str, width: usize) -> Vec<String> {
    let theme = Theme::monochrome();
    Renderer::new(&PLAIN, &theme, width, "")
        .run(body)
        .into_iter()
        .map(|line| {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            text.trim_end().to_string()
        })
        .collect()
}

/// The marks drawn around members' text: box drawing on the screens (the ASCII
/// mode's frame transliteration turns `│` into `|`), what one would type in plain
/// mode.
struct Look {
    quote: &'static str,
    bullet: &'static str,
    /// Between a table's columns, and crossing the rule under its head.
    column: &'static str,
    cross: &'static str,
    rule: &'static str,
    /// Between the cells of a table too wide for columns.
    cells_apart: &'static str,
    /// `## ` before a heading's text (plain mode has no bold to show it).
    heading_marks: bool,
    long_words: LongWords,
}

const SCREEN: Look = Look {
    quote: "│ ",
    bullet: "• ",
    column: " │ ",
    cross: "─┼─",
    rule: "─",
    cells_apart: " · ",
    heading_marks: false,
    long_words: LongWords::Cut,
};

const PLAIN: Look = Look {
    quote: "> ",
    bullet: "- ",
    column: " | ",
    cross: "-+-",
    rule: "-",
    cells_apart: " | ",
    heading_marks: true,
    long_words: LongWords::Whole,
};

/// A quote or a list item around the text being drawn.
struct Container {
    /// Drawn before its first line (a bullet, a number, the quote bar).
    first: String,
    /// Drawn before the lines after it (a hanging indent, the quote bar).
    rest: String,
    style: Style,
    drawn: bool,
    item: bool,
}

/// A table being gathered: its rows of cells, the head first.
struct Table {
    alignments: Vec<Alignment>,
    rows: Vec<Vec<Vec<Cell>>>,
    head: bool,
}

struct Renderer<'t> {
    look: &'static Look,
    theme: &'t Theme,
    width: usize,
    indent: String,
    out: Vec<Line<'static>>,
    /// Quotes and list items around the text, outermost first.
    containers: Vec<Container>,
    /// The next number of each open list; `None` for a bulleted one.
    lists: Vec<Option<u64>>,
    /// The paragraph, heading or table cell being gathered; `\n` breaks a line.
    cells: Vec<Cell>,
    /// Emphasis, strong, struck and link text open around the text.
    modifiers: Vec<Modifier>,
    /// Where each open link's text starts in `cells`, and where it points.
    links: Vec<(usize, String)>,
    heading: bool,
    code: Option<String>,
    table: Option<Table>,
    /// The writer left a blank line before the block starting now.
    blank_in_source: bool,
    /// Where the last block's text ended (or the last one began) in the body.
    last_end: usize,
    /// A heading stands apart: a blank line before and after it.
    after_heading: bool,
    /// The blank line owed, drawn with the marks around the block that ends,
    /// only once something comes after it (an empty block owes nothing).
    blank: Option<Line<'static>>,
}

impl<'t> Renderer<'t> {
    fn new(look: &'static Look, theme: &'t Theme, width: usize, indent: &str) -> Self {
        Renderer {
            look,
            theme,
            width: width.max(1),
            indent: indent.to_string(),
            out: Vec::new(),
            containers: Vec::new(),
            lists: Vec::new(),
            cells: Vec::new(),
            modifiers: Vec::new(),
            links: Vec::new(),
            heading: false,
            code: None,
            table: None,
            blank_in_source: false,
            last_end: 0,
            after_heading: false,
            blank: None,
        }
    }

    fn run(mut self, body: &str) -> Vec<Line<'static>> {
        let body = sanitize::multiline(body);
        let options =
            Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
        for (event, range) in Parser::new_ext(&body, options).into_offset_iter() {
            match event {
                Event::Start(_) | Event::Rule => {
                    self.blank_in_source = blank_between(&body, self.last_end, range.start);
                    self.last_end = range.start;
                }
                Event::End(_) => {
                    let text = body.get(..range.end).unwrap_or_default();
                    self.last_end = text.trim_end().len();
                }
                _ => {}
            }
            self.event(event);
        }
        self.flush();
        self.out
    }

    fn event(&mut self, event: Event<'_>) {
        let style = self.style();
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => match self.code.as_mut() {
                Some(code) => code.push_str(&text),
                None => self.push(&text, style),
            },
            Event::Code(code) => self.push(&code, self.theme.code),
            // An HTML block keeps its lines; inline HTML is words among words.
            Event::Html(html) => {
                for (i, line) in html.split('\n').enumerate() {
                    if i > 0 {
                        self.cells.push(('\n', style));
                    }
                    self.push(line, style);
                }
            }
            Event::InlineHtml(html) => self.push(&html, style),
            Event::SoftBreak => self.cells.push((' ', style)),
            Event::HardBreak => self.cells.push(('\n', style)),
            Event::Rule => {
                self.begin_block();
                let rule = self.look.rule.repeat(self.room());
                self.emit(vec![Span::styled(rule, self.theme.dim)]);
            }
            Event::TaskListMarker(done) => {
                self.push(if done { "[x] " } else { "[ ] " }, self.theme.dim);
            }
            // Not turned on, but text if they ever come.
            Event::InlineMath(text) | Event::DisplayMath(text) | Event::FootnoteReference(text) => {
                self.push(&text, style)
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph | Tag::HtmlBlock => self.begin_block(),
            Tag::Heading { level, .. } => {
                self.after_heading = true;
                self.begin_block();
                self.heading = true;
                if self.look.heading_marks {
                    let marks = format!("{} ", "#".repeat(level as usize));
                    self.push(&marks, self.style());
                }
            }
            Tag::BlockQuote(_) => {
                self.begin_block();
                self.containers.push(Container {
                    first: self.look.quote.into(),
                    rest: self.look.quote.into(),
                    style: self.theme.quote,
                    drawn: false,
                    item: false,
                });
            }
            Tag::CodeBlock(_) => {
                self.begin_block();
                self.code = Some(String::new());
            }
            Tag::List(first) => {
                self.begin_block();
                self.lists.push(first);
            }
            Tag::Item => {
                self.begin_block();
                let first = match self.lists.last_mut() {
                    Some(Some(number)) => {
                        let mark = format!("{number}. ");
                        *number = number.saturating_add(1);
                        mark
                    }
                    _ => self.look.bullet.to_string(),
                };
                self.containers.push(Container {
                    rest: " ".repeat(first.width()),
                    first,
                    style: self.theme.dim,
                    drawn: false,
                    item: true,
                });
            }
            Tag::Table(alignments) => {
                self.begin_block();
                self.table = Some(Table {
                    alignments,
                    rows: Vec::new(),
                    head: false,
                });
            }
            Tag::TableHead => {
                self.modifiers.push(Modifier::BOLD);
                if let Some(table) = self.table.as_mut() {
                    table.head = true;
                    table.rows.push(Vec::new());
                }
            }
            Tag::TableRow => {
                if let Some(table) = self.table.as_mut() {
                    table.rows.push(Vec::new());
                }
            }
            Tag::Emphasis => self.modifiers.push(Modifier::ITALIC),
            Tag::Strong => self.modifiers.push(Modifier::BOLD),
            Tag::Strikethrough => self.modifiers.push(Modifier::CROSSED_OUT),
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                self.links.push((self.cells.len(), dest_url.into_string()));
                self.modifiers.push(Modifier::UNDERLINED);
            }
            // Footnotes, definition lists, metadata, super- and subscripts are
            // not turned on; their text still comes as text.
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::HtmlBlock => self.flush(),
            TagEnd::Heading(_) => {
                self.flush();
                self.heading = false;
                self.after_heading = true;
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.containers.pop();
            }
            TagEnd::CodeBlock => {
                let code = self.code.take().unwrap_or_default();
                self.code_block(&code);
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::Item => {
                self.flush();
                self.containers.pop();
            }
            TagEnd::TableCell => {
                // A cell is one line: a break in it (if any came) is a space.
                let cell = std::mem::take(&mut self.cells)
                    .into_iter()
                    .map(|(c, s)| (if c == '\n' { ' ' } else { c }, s))
                    .collect();
                if let Some(row) = self.table.as_mut().and_then(|t| t.rows.last_mut()) {
                    row.push(cell);
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.table(&table);
                }
            }
            TagEnd::TableHead | TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => {
                self.modifiers.pop();
            }
            TagEnd::Link | TagEnd::Image => {
                self.modifiers.pop();
                self.end_link();
            }
            _ => {}
        }
    }

    /// The style of text here: a heading's, a quote's or prose, with what is open.
    fn style(&self) -> Style {
        let base = if self.heading {
            self.theme.title
        } else if self.containers.iter().any(|c| !c.item) {
            self.theme.quote
        } else {
            self.theme.text
        };
        self.modifiers
            .iter()
            .fold(base, |style, &m| style.add_modifier(m))
    }

    /// Gathers `text`, sanitised (the parser decodes `&#27;` and the like).
    fn push(&mut self, text: &str, style: Style) {
        self.cells
            .extend(sanitize::inline(text).chars().map(|c| (c, style)));
    }

    /// `text (url)`, or the text alone when it is the address.
    fn end_link(&mut self) {
        let Some((start, url)) = self.links.pop() else {
            return;
        };
        let text: String = self.cells[start.min(self.cells.len())..]
            .iter()
            .map(|&(c, _)| c)
            .collect();
        let url = sanitize::inline(&url).into_owned();
        if url.is_empty() || text == url || url.strip_prefix("mailto:") == Some(text.as_str()) {
            return;
        }
        if text.trim().is_empty() {
            let style = self.style().add_modifier(Modifier::UNDERLINED);
            self.push(&url, style);
            return;
        }
        self.push(" (", self.theme.dim);
        self.push(&url, self.theme.dim);
        self.push(")", self.theme.dim);
    }
}

/// Whether the writer left a blank line between `from`, where a block's text
/// ended (or a container began), and `to`, where the next block starts. Lines
/// in between holding nothing but quote marks count as blank: they are the
/// blank lines of a quote. Blocks the writer set one under the other (a list
/// right under the line that opens it) stay together.
fn blank_between(body: &str, from: usize, to: usize) -> bool {
    let Some(between) = body.get(from..to) else {
        return false;
    };
    let pieces: Vec<&str> = between.split('\n').collect();
    // The first piece ends the line the block ended on, the last begins the
    // next block's line (its indent and marks); only whole lines count.
    pieces.len() > 2
        && pieces[1..pieces.len() - 1]
            .iter()
            .any(|line| line.chars().all(|c| c.is_whitespace() || c == '>'))
}
