//! Key bindings are data: each screen lists its bindings, and the same table decides
//! what a key does, what the footer shows and what help says.

use stoa_present::keys::Key;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Back,
    Quit,
    Help,
    GoTo,
    SignUp,
    EditProfile,
    AddKey,
    RemoveKey,
    SetPassword,
    Display,
    AcceptPolicy,
    ReadPolicy,
    NextField,
    PrevField,
    Choose,
    Submit,
    Cancel,
    Open,
    Join,
    NewThread,
    Reply,
    Edit,
    Delete,
    NextUnread,
    Fold,
    Undo,
    Propose,
    SaveDraft,
    Approve,
    RequestChanges,
    Reject,
    Flag,
    Hide,
    Dismiss,
    Lock,
    Pin,
    MoveThread,
    Mute,
    Ban,
    Lift,
    ChangeRole,
    Filter,
    NextTab,
    PrevTab,
    Going,
    Interested,
    CloseJob,
    Withdraw,
    ProposePractice,
    Discuss,
    ChangeLevel,
    WriteNews,
    Watch,
    Search,
    MarkRead,
    MarkAllRead,
    SaveAlert,
    Message,
    Block,
    Older,
    React,
    Bookmark,
    History,
    Author,
    Quote,
    Order,
    GoToPost,
}

#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    /// How the keys are written in the footer and help, e.g. `↑↓`.
    pub label: &'static str,
    /// A few words for the footer; empty to leave it out of the footer.
    pub short: &'static str,
    /// What help says the key does.
    pub help: &'static str,
    pub action: Action,
}

const fn bind(
    keys: &'static [Key],
    label: &'static str,
    short: &'static str,
    help: &'static str,
    action: Action,
) -> Binding {
    Binding {
        keys,
        label,
        short,
        help,
        action,
    }
}

pub const UP: Binding = bind(
    &[Key::Up, Key::Char('k')],
    "↑↓ jk",
    "move",
    "move the selection",
    Action::Up,
);
pub const SCROLL_UP: Binding = Binding {
    short: "scroll",
    help: "scroll the text",
    ..UP
};
pub const DOWN: Binding = bind(&[Key::Down, Key::Char('j')], "", "", "", Action::Down);
pub const PAGE_UP: Binding = bind(&[Key::PageUp], "PgUp", "", "up a page", Action::PageUp);
pub const PAGE_DOWN: Binding = bind(
    &[Key::PageDown, Key::Char(' ')],
    "PgDn Space",
    "",
    "down a page",
    Action::PageDown,
);
pub const TOP: Binding = bind(&[Key::Home], "Home", "", "to the top", Action::Top);
pub const BOTTOM: Binding = bind(&[Key::End], "End", "", "to the bottom", Action::Bottom);
pub const GOTO: Binding = bind(
    &[Key::Char('g')],
    "g",
    "go to",
    "go to another part of the forum",
    Action::GoTo,
);
pub const HELP: Binding = bind(
    &[Key::Char('?')],
    "?",
    "help",
    "help for this screen",
    Action::Help,
);
pub const BACK: Binding = bind(
    &[Key::Esc, Key::Char('q')],
    "Esc",
    "back",
    "go back",
    Action::Back,
);
pub const QUIT: Binding = bind(&[Key::Char('q')], "q", "quit", "leave Stoa", Action::Quit);
pub const SIGN_UP: Binding = bind(
    &[Key::Char('s')],
    "s",
    "sign up",
    "sign up: your key becomes your login",
    Action::SignUp,
);
pub const EDIT_PROFILE: Binding = bind(
    &[Key::Char('e')],
    "e",
    "edit",
    "edit your profile",
    Action::EditProfile,
);
pub const ADD_KEY: Binding = bind(
    &[Key::Char('a')],
    "a",
    "add key",
    "add an SSH key by pasting its public half",
    Action::AddKey,
);
pub const REMOVE_KEY: Binding = bind(
    &[Key::Char('d'), Key::Delete],
    "d",
    "remove key",
    "remove the selected key",
    Action::RemoveKey,
);
pub const PASSWORD: Binding = bind(
    &[Key::Char('p')],
    "p",
    "password",
    "set or change your password",
    Action::SetPassword,
);
pub const DISPLAY: Binding = bind(
    &[Key::Char('v')],
    "v",
    "display",
    "how Stoa is drawn for you: colour, ASCII only",
    Action::Display,
);
pub const ACCEPT_POLICY: Binding = bind(
    &[Key::Char('a')],
    "a",
    "accept",
    "accept the policy and return to the form",
    Action::AcceptPolicy,
);

pub const OPEN: Binding = bind(
    &[Key::Enter],
    "Enter",
    "open",
    "open the selected item",
    Action::Open,
);
pub const JOIN: Binding = bind(
    &[Key::Char('J')],
    "J",
    "join/leave",
    "join the community, or leave it if you are a member",
    Action::Join,
);
pub const NEW_THREAD: Binding = bind(
    &[Key::Char('n')],
    "n",
    "new thread",
    "start a new thread in this community",
    Action::NewThread,
);
pub const NEXT_UNREAD_THREAD: Binding = bind(
    &[Key::Char('u')],
    "u",
    "unread",
    "move to the next thread with posts you have not read",
    Action::NextUnread,
);
pub const NEXT_UNREAD_POST: Binding = bind(
    &[Key::Char('u')],
    "u",
    "unread",
    "jump to the next post you had not read",
    Action::NextUnread,
);
pub const REPLY: Binding = bind(
    &[Key::Char('r')],
    "r",
    "reply",
    "reply to the selected post",
    Action::Reply,
);
pub const EDIT: Binding = bind(
    &[Key::Char('e')],
    "e",
    "edit",
    "edit the selected post: your own, or any for the committee (earlier versions are kept)",
    Action::Edit,
);
pub const DELETE: Binding = bind(
    &[Key::Char('d'), Key::Delete],
    "d",
    "delete",
    "delete the selected post: your own, or any for the committee; replies to it stay",
    Action::Delete,
);
pub const FOLD: Binding = bind(
    &[Key::Enter],
    "Enter",
    "fold",
    "hide or show the replies under the selected post",
    Action::Fold,
);
pub const MOVE_POST: Binding = bind(
    &[Key::Up, Key::Char('k')],
    "↑↓ jk",
    "move",
    "to the previous or next post (a long post scrolls first)",
    Action::Up,
);

/// `bindings` less `left_out`: a screen's table for when some of its keys
/// would only be refused (a locked thread's reply, a sanction on one's own row).
pub fn without(bindings: &[Binding], left_out: &[Binding]) -> Vec<Binding> {
    bindings
        .iter()
        .filter(|b| left_out.iter().all(|l| l.label != b.label))
        .copied()
        .collect()
}

pub const FLAG: Binding = bind(
    &[Key::Char('f')],
    "f",
    "flag",
    "flag the selected post for the editorial committee",
    Action::Flag,
);
pub const HIDE: Binding = bind(
    &[Key::Char('h')],
    "h",
    "hide",
    "hide the selected post from members, or show it again (committee)",
    Action::Hide,
);
pub const LOCK: Binding = bind(
    &[Key::Char('L')],
    "L",
    "lock",
    "lock the thread, or unlock it (committee)",
    Action::Lock,
);
pub const PIN: Binding = bind(
    &[Key::Char('P')],
    "P",
    "pin",
    "pin the thread to the top of its community, or unpin it (committee)",
    Action::Pin,
);
pub const MOVE_THREAD: Binding = bind(
    &[Key::Char('T')],
    "T",
    "move",
    "move the thread to another community (committee)",
    Action::MoveThread,
);
pub const PROPOSE: Binding = bind(
    &[Key::Char('n')],
    "n",
    "propose",
    "propose a new community to the editorial committee",
    Action::Propose,
);
pub const EDIT_SUBMISSION: Binding = bind(
    &[Key::Char('e')],
    "e",
    "edit",
    "edit and send again (drafts, and items returned for changes)",
    Action::Edit,
);
pub const APPROVE: Binding = bind(
    &[Key::Char('a')],
    "a",
    "approve",
    "approve: publish it (or count towards the quorum)",
    Action::Approve,
);
pub const REQUEST_CHANGES: Binding = bind(
    &[Key::Char('c')],
    "c",
    "changes",
    "send it back to its author with a note",
    Action::RequestChanges,
);
pub const REJECT: Binding = bind(
    &[Key::Char('x')],
    "x",
    "reject",
    "reject it, with a reason the author is shown",
    Action::Reject,
);
pub const NEXT_TAB: Binding = bind(
    &[Key::Tab, Key::Right],
    "Tab",
    "next",
    "the next tab: queue, flags, members, audit log (also →)",
    Action::NextTab,
);
pub const PREV_TAB: Binding = bind(
    &[Key::BackTab, Key::Left],
    "S-Tab",
    "",
    "the previous tab (also ←)",
    Action::PrevTab,
);
pub const DISMISS: Binding = bind(
    &[Key::Char('x')],
    "x",
    "dismiss",
    "dismiss the flags: the post stays as it is",
    Action::Dismiss,
);
pub const MUTE: Binding = bind(
    &[Key::Char('S')],
    "S",
    "mute",
    "mute (silence) the account: it cannot post until the end date",
    Action::Mute,
);
pub const BAN: Binding = bind(
    &[Key::Char('b')],
    "b",
    "ban",
    "ban the account: it cannot log in until the end date",
    Action::Ban,
);
pub const LIFT: Binding = bind(
    &[Key::Char('l')],
    "l",
    "lift",
    "lift the account's mute or ban",
    Action::Lift,
);
pub const CHANGE_ROLE: Binding = bind(
    &[Key::Char('R')],
    "R",
    "role",
    "change the account's role (admins)",
    Action::ChangeRole,
);
pub const FILTER: Binding = bind(
    &[Key::Char('F')],
    "F",
    "filter",
    "filter the log by committee member, target or action",
    Action::Filter,
);
pub const GOING: Binding = bind(
    &[Key::Char('y')],
    "y",
    "going",
    "say you are going (again to take it back)",
    Action::Going,
);
pub const INTERESTED: Binding = bind(
    &[Key::Char('i')],
    "i",
    "interested",
    "say you are interested (again to take it back)",
    Action::Interested,
);
pub const CLOSE_JOB: Binding = bind(
    &[Key::Char('C')],
    "C",
    "close",
    "close it before its closing date (its poster)",
    Action::CloseJob,
);
pub const CORRECT: Binding = bind(
    &[Key::Char('e')],
    "e",
    "correct",
    "correct it: the change shows at once, your reason in the audit log (its poster, the committee)",
    Action::Edit,
);
pub const WITHDRAW: Binding = bind(
    &[Key::Char('W')],
    "W",
    "withdraw",
    "take it off the board, with a reason (committee)",
    Action::Withdraw,
);
pub const PROPOSE_PRACTICE: Binding = bind(
    &[Key::Char('N')],
    "N",
    "practice",
    "propose a practice to the editorial committee",
    Action::ProposePractice,
);
pub const DISCUSS: Binding = bind(
    &[Key::Char('t')],
    "t",
    "thread",
    "open the thread about it (the first time, write its first post)",
    Action::Discuss,
);
pub const CHANGE_LEVEL: Binding = bind(
    &[Key::Char('=')],
    "=",
    "level",
    "change the practice's level, with a reason (committee)",
    Action::ChangeLevel,
);
pub const WRITE_NEWS: Binding = bind(
    &[Key::Char('n')],
    "n",
    "write",
    "write a news item (committee): it is published at once",
    Action::WriteNews,
);
pub const SAVE_DRAFT: Binding = bind(
    &[Key::Ctrl('d')],
    "Ctrl-D",
    "keep draft",
    "keep it as a draft without sending it",
    Action::SaveDraft,
);
pub const SUBMIT_SEND: Binding = bind(
    &[Key::Ctrl('s')],
    "Ctrl-S",
    "send",
    "send it to the editorial committee for review",
    Action::Submit,
);

// Forms handle these keys themselves (see `form.rs`); the bindings are here so the
// footer and help describe them from the same table as every other key.
pub const FORM_NEXT: Binding = bind(
    &[Key::Tab],
    "Tab",
    "next",
    "next field (also ↓ and Enter)",
    Action::NextField,
);
pub const FORM_PREV: Binding = bind(
    &[Key::BackTab],
    "S-Tab",
    "previous",
    "previous field (also ↑)",
    Action::PrevField,
);
pub const CHOOSE: Binding = bind(
    &[Key::Left, Key::Right],
    "← →",
    "",
    "choose among options; Space ticks a box",
    Action::Choose,
);
pub const SUBMIT_SIGN_UP: Binding = bind(
    &[Key::Ctrl('s')],
    "Ctrl-S",
    "sign up",
    "create your account",
    Action::Submit,
);
pub const SUBMIT_SAVE: Binding = bind(
    &[Key::Ctrl('s')],
    "Ctrl-S",
    "save",
    "save the form",
    Action::Submit,
);
pub const SUBMIT_POST: Binding = bind(
    &[Key::Ctrl('s')],
    "Ctrl-S",
    "post",
    "send the post",
    Action::Submit,
);
pub const SUBMIT_MESSAGE: Binding = bind(
    &[Key::Ctrl('s')],
    "Ctrl-S",
    "send",
    "send the message",
    Action::Submit,
);
pub const UNDO: Binding = bind(
    &[Key::Ctrl('z'), Key::Ctrl('u')],
    "Ctrl-Z",
    "undo",
    "undo the last change (Ctrl-R redoes it)",
    Action::Undo,
);
pub const FORM_HELP: Binding = bind(
    &[Key::F(1)],
    "F1",
    "help",
    "help for this form",
    Action::Help,
);
pub const CANCEL: Binding = bind(
    &[Key::Esc],
    "Esc",
    "cancel",
    "leave the form without saving (asked first when you typed anything)",
    Action::Cancel,
);
/// Esc in the composer, which asks before anything written is lost.
pub const LEAVE_COMPOSER: Binding = bind(
    &[Key::Esc],
    "Esc",
    "leave",
    "leave the composer: it asks whether to keep what you wrote as a draft",
    Action::Cancel,
);

pub const WATCH: Binding = bind(
    &[Key::Char('w')],
    "w",
    "watch",
    "watch the thread (hear of every new post in it), or stop watching it",
    Action::Watch,
);
pub const SEARCH: Binding = bind(
    &[Key::Char('/')],
    "/",
    "search",
    "search everything, from any screen",
    Action::Search,
);
pub const MARK_READ: Binding = bind(
    &[Key::Char('m')],
    "m",
    "read/unread",
    "mark the selected notification read, or unread again",
    Action::MarkRead,
);
pub const MARK_ALL_READ: Binding = bind(
    &[Key::Char('M')],
    "M",
    "all read",
    "mark every notification read",
    Action::MarkAllRead,
);
pub const MARK_COMMUNITY_READ: Binding = bind(
    &[Key::Char('M')],
    "M",
    "all read",
    "mark every thread of this community read",
    Action::MarkAllRead,
);
pub const SAVE_ALERT: Binding = bind(
    &[Key::Char('a')],
    "a",
    "alert me",
    "save this filter as an alert: you are notified of each new item it matches",
    Action::SaveAlert,
);
pub const REMOVE_ALERT: Binding = bind(
    &[Key::Char('d'), Key::Delete],
    "d",
    "remove",
    "remove the selected alert",
    Action::Delete,
);

pub const NEW_CONVERSATION: Binding = bind(
    &[Key::Char('n')],
    "n",
    "new",
    "start a private conversation: with members, or with the editorial committee",
    Action::NewThread,
);
pub const MESSAGE: Binding = bind(
    &[Key::Char('D')],
    "D",
    "message",
    "write to them privately (a direct message)",
    Action::Message,
);
pub const BLOCK: Binding = bind(
    &[Key::Char('B')],
    "B",
    "block",
    "block them, or unblock: a blocked member's messages, mentions and replies do not reach you",
    Action::Block,
);
pub const OLDER: Binding = bind(
    &[Key::Char('o')],
    "o",
    "older",
    "show the earlier messages too",
    Action::Older,
);
pub const WRITE_MESSAGE: Binding = bind(
    &[Key::Char('r')],
    "r",
    "write",
    "write in this conversation",
    Action::Reply,
);
pub const REPORT_MESSAGE: Binding = bind(
    &[Key::Char('f')],
    "f",
    "report",
    "report the selected message to the editorial committee (it reads that message only)",
    Action::Flag,
);

pub const REACT: Binding = bind(
    &[Key::Char('+')],
    "+",
    "react",
    "react to the selected post (thanks, +1, insightful), and see who did",
    Action::React,
);
pub const BOOKMARK: Binding = bind(
    &[Key::Char('K')],
    "K",
    "keep",
    "bookmark the selected post, or take the bookmark away (g b lists them)",
    Action::Bookmark,
);
pub const HISTORY: Binding = bind(
    &[Key::Char('H')],
    "H",
    "history",
    "the selected post's earlier versions",
    Action::History,
);
pub const AUTHOR: Binding = bind(
    &[Key::Char('A')],
    "A",
    "author",
    "the page of the selected post's author",
    Action::Author,
);
pub const QUOTE: Binding = bind(
    &[Key::Char('Q')],
    "Q",
    "quote",
    "quote the selected post in your reply (again to leave it out); quote several, then r",
    Action::Quote,
);

pub const ORDER: Binding = bind(
    &[Key::Char('O')],
    "O",
    "order",
    "order the threads by latest activity, newest, or most replies",
    Action::Order,
);
pub const GO_TO_POST: Binding = bind(
    &[Key::Char('#')],
    "#",
    "post N",
    "go to a post by its place in the thread (1 is the first)",
    Action::GoToPost,
);

/// Every binding, for the test that one key means one thing across Stoa.
#[cfg(test)]
const ALL: &[Binding] = &[
    UP,
    SCROLL_UP,
    DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    GOTO,
    HELP,
    BACK,
    QUIT,
    SIGN_UP,
    EDIT_PROFILE,
    ADD_KEY,
    REMOVE_KEY,
    PASSWORD,
    DISPLAY,
    ACCEPT_POLICY,
    OPEN,
    JOIN,
    NEW_THREAD,
    NEXT_UNREAD_THREAD,
    NEXT_UNREAD_POST,
    REPLY,
    EDIT,
    DELETE,
    FOLD,
    MOVE_POST,
    FLAG,
    HIDE,
    LOCK,
    PIN,
    MOVE_THREAD,
    PROPOSE,
    EDIT_SUBMISSION,
    APPROVE,
    REQUEST_CHANGES,
    REJECT,
    NEXT_TAB,
    PREV_TAB,
    DISMISS,
    MUTE,
    BAN,
    LIFT,
    CHANGE_ROLE,
    FILTER,
    GOING,
    INTERESTED,
    CLOSE_JOB,
    WITHDRAW,
    PROPOSE_PRACTICE,
    DISCUSS,
    CHANGE_LEVEL,
    WRITE_NEWS,
    SAVE_DRAFT,
    SUBMIT_SEND,
    FORM_NEXT,
    FORM_PREV,
    CHOOSE,
    SUBMIT_SIGN_UP,
    SUBMIT_SAVE,
    SUBMIT_POST,
    SUBMIT_MESSAGE,
    UNDO,
    FORM_HELP,
    CANCEL,
    LEAVE_COMPOSER,
    WATCH,
    SEARCH,
    MARK_READ,
    MARK_ALL_READ,
    MARK_COMMUNITY_READ,
    SAVE_ALERT,
    REMOVE_ALERT,
    NEW_CONVERSATION,
    MESSAGE,
    BLOCK,
    OLDER,
    WRITE_MESSAGE,
    REPORT_MESSAGE,
    REACT,
    BOOKMARK,
    HISTORY,
    AUTHOR,
    QUOTE,
    ORDER,
    GO_TO_POST,
];

/// A screen of text to read, with nothing to do but scroll and leave.
pub const READING: &[Binding] = &[SCROLL_UP, DOWN, PAGE_UP, PAGE_DOWN, BACK, HELP, GOTO];

/// The bindings every list and reading screen shares.
pub const SCROLLING: &[Binding] = &[UP, DOWN, PAGE_UP, PAGE_DOWN, TOP, BOTTOM];

/// The action bound to `key` in `tables`, first table first.
pub fn action_for(key: Key, tables: &[&[Binding]]) -> Option<Action> {
    tables
        .iter()
        .flat_map(|table| table.iter())
        .find(|b| b.keys.contains(&key))
        .map(|b| b.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What one key may mean, wherever it is pressed: the keymap in
    /// docs/guide.md ("Keys"). Actions in one group are one meaning said for
    /// different things (`d` deletes a post, a key or an alert).
    const MEANINGS: &[&[Action]] = &[
        // Enter acts on the selected item: opens it, or folds a post's replies.
        &[Action::Open, Action::Fold],
        // Esc and q leave: the screen, a form, or Stoa from home.
        &[Action::Back, Action::Cancel, Action::Quit],
        &[
            Action::NextTab,
            Action::NextField,
            Action::Choose,
            Action::PrevTab,
        ],
        &[Action::PrevTab, Action::PrevField],
        &[Action::Edit, Action::EditProfile],
        &[Action::Delete, Action::RemoveKey],
        // a adds, or says yes.
        &[
            Action::AddKey,
            Action::SaveAlert,
            Action::AcceptPolicy,
            Action::Approve,
        ],
        &[Action::NewThread, Action::Propose, Action::WriteNews],
        // x turns down: a submission, flags.
        &[Action::Reject, Action::Dismiss],
    ];

    #[test]
    fn one_key_means_one_thing_across_stoa() {
        for a in ALL {
            for b in ALL {
                let shared: Vec<&Key> = a.keys.iter().filter(|k| b.keys.contains(k)).collect();
                if shared.is_empty() || a.action == b.action {
                    continue;
                }
                let one_meaning = MEANINGS
                    .iter()
                    .any(|group| group.contains(&a.action) && group.contains(&b.action));
                assert!(
                    one_meaning,
                    "{shared:?} is both {:?} ({}) and {:?} ({})",
                    a.action, a.help, b.action, b.help
                );
            }
        }
    }

    #[test]
    fn the_first_table_wins_so_screens_can_override_shared_keys() {
        let quit_first: &[Binding] = &[QUIT];
        let back: &[Binding] = &[BACK];
        assert_eq!(
            action_for(Key::Char('q'), &[quit_first, back]),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(Key::Esc, &[quit_first, back]),
            Some(Action::Back)
        );
        assert_eq!(action_for(Key::Char('z'), &[back]), None);
    }
}
