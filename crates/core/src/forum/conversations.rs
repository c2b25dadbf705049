//! Private conversations: between members, and with the editorial committee as
//! a group (how a member asks a question or appeals a decision).
//!
//! The rules:
//! - Only those in a conversation read it, whatever their role: moderators and
//!   admins read the committee's conversations because they sit on it, and no
//!   other. Anyone else is told it does not exist.
//! - A muted member may still write to the committee, and nobody else. A member
//!   whose posts still wait for the committee's review (new members) may write
//!   to the committee, and answer those who wrote to them.
//! - A member may block another: then that one can neither write to them nor
//!   notify them with a mention or a reply.
//! - A participant may report a message to the committee: the forum copies that
//!   message (not the conversation) into a new conversation with the committee.

use std::collections::HashSet;

use super::{Capability, Change, FieldErrors, FieldName, Forum, ForumError, Viewer, sanitize};
use crate::domain::{
    Account, COMMITTEE, CONVERSATION_MEMBERS_MAX, Conversation, ConversationId, DraftPlace,
    Message, NoticeKind, ReportedMessage, Target, Username,
};
use crate::store::{COMMITTEE_PARTY, Delivery, UpdateError};

/// The longest message, in characters.
pub const MESSAGE_MAX: usize = 10_000;
/// The longest subject, in characters.
pub const SUBJECT_MAX: usize = 120;
/// The most conversations a list holds (the newest); search finds older ones.
pub const LISTED: usize = 500;
/// Messages a conversation opens with (the newest); more are read on asking.
pub const SHOWN: usize = 200;
/// Conversations a member may start in an hour, so that a spammer's reach is small.
pub const STARTED_PER_HOUR: usize = 20;
/// Unread conversations are counted up to this.
pub const UNREAD_SHOWN: usize = 1000;
/// Conversations search reads, the newest first, the messages it reads at
/// most, and the results it returns.
pub const SEARCHED: usize = 2000;
pub const SEARCHED_MESSAGES: usize = 20_000;
pub const FOUND_MAX: usize = 50;
/// The most messages a conversation is read with at once (`--all`, `o`).
pub const READ_MAX: usize = 5000;

/// One line of a member's conversation list.
#[derive(Clone, Debug, PartialEq)]
pub struct ConversationSummary {
    pub conversation: Conversation,
    /// It has a message the member has not read.
    pub unread: bool,
    /// What it is about: its subject, or the start of its first message.
    pub about: String,
}

/// A member's conversations, most recently active first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConversationList {
    pub items: Vec<ConversationSummary>,
    /// How many they have in all (the list holds at most [`LISTED`]).
    pub total: usize,
}

/// A conversation as its reader sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct ConversationView {
    pub conversation: Conversation,
    /// The newest messages, oldest first.
    pub messages: Vec<Message>,
    /// Messages before those, not read yet from the store.
    pub earlier: u32,
    /// The newest message the reader had read before opening it.
    pub read_mark: u32,
    /// What it is about: its subject, or the start of its first message.
    pub about: String,
}

/// Characters of a first message that stand for a conversation without a subject.
const ABOUT_CHARS: usize = 60;

/// How a message is signed: its author, or "editorial committee (li)".
pub fn signature(message: &Message) -> String {
    if message.for_committee {
        crate::t!(
            "forum-conversations-signature-committee",
            name = message.author.as_str()
        )
    } else {
        message.author.to_string()
    }
}

/// [`signature`] in English, for what is stored (a notice's text and words).
fn stored_signature(message: &Message) -> String {
    if message.for_committee {
        crate::lang::text_in(
            crate::lang::Language::En,
            "forum-conversations-signature-committee",
            &[("name", crate::lang::Value::from(message.author.as_str()))],
        )
    } else {
        message.author.to_string()
    }
}

/// The recipients a member typed: names (with or without `@`), or `committee`,
/// separated by spaces or commas.
pub fn recipients(typed: &str) -> Vec<String> {
    typed
        .split([',', ' '])
        .map(|name| name.trim().trim_start_matches('@').to_ascii_lowercase())
        .filter(|name| !name.is_empty())
        .collect()
}

/// The draft key of a new conversation with `to` (names sorted, so the same
/// people give the same draft whatever order they were typed in).
pub fn new_conversation_place(to: &[String]) -> DraftPlace {
    let mut names: Vec<String> = to.to_vec();
    names.sort();
    names.dedup();
    DraftPlace::NewConversation(names.join(","))
}

fn check_message(body: &str, errors: &mut FieldErrors) {
    let len = body.trim().chars().count();
    if len == 0 {
        errors.add(FieldName::Body, crate::t!("forum-conversations-empty"));
    } else if len > MESSAGE_MAX {
        errors.add(
            FieldName::Body,
            crate::t!("forum-conversations-too-long", max = MESSAGE_MAX, len = len),
        );
    }
}

impl Forum {
    /// Whether `account` reads `conversation`: its members, and the committee's
    /// members for the committee's conversations.
    fn reads_conversation(account: &Account, conversation: &Conversation) -> bool {
        conversation.members.contains(&account.username)
            || (conversation.committee && Capability::ReviewSubmissions.held_by(account))
    }

    /// The conversation `id` with the acting account, if they are in it.
    fn participant(
        &self,
        viewer: &Viewer,
        id: ConversationId,
        doing: &str,
    ) -> Result<(Account, Conversation), ForumError> {
        let me = self.poster(viewer, doing)?;
        let missing =
            || ForumError::NotFound(crate::t!("forum-missing-conversation", id = id.to_string()));
        let conversation = self.store().conversation(id)?.ok_or_else(missing)?;
        if !Self::reads_conversation(&me, &conversation) {
            return Err(missing());
        }
        Ok((me, conversation))
    }

    /// Who is told of a new message in `conversation`: everyone in it but `author`.
    fn readers(
        &self,
        conversation: &Conversation,
        author: &str,
    ) -> Result<Vec<String>, ForumError> {
        let mut readers: Vec<String> = conversation.members.iter().map(|m| m.to_string()).collect();
        if conversation.committee {
            for account in self.editorial_committee()? {
                readers.push(account.username.into_string());
            }
        }
        let mut seen = HashSet::new();
        readers.retain(|name| name != author && seen.insert(name.clone()));
        Ok(readers)
    }

    /// Refuses a message from `author` into a conversation with `members` (and
    /// the committee when `committee`): the rules on muting, new members and
    /// blocks. `answering`: the conversation exists and someone else started it.
    fn may_write_to(
        &self,
        author: &Account,
        members: &[Username],
        committee: bool,
        answering: bool,
    ) -> Result<(), ForumError> {
        let on_committee = |name: &Username| {
            self.store()
                .account(name)
                .ok()
                .flatten()
                .is_some_and(|a| Capability::ReviewSubmissions.held_by(&a))
        };
        // Writing for the committee, in one of its conversations: a member's
        // block does not stop the committee answering them.
        if committee && Capability::ReviewSubmissions.held_by(author) {
            return Ok(());
        }
        // The committee is always open to a member: a conversation with it
        // (and none but its own members besides them) takes their messages
        // whatever their mute or review; one with other members does not.
        let with_committee_only = committee
            && members
                .iter()
                .all(|m| *m == author.username || on_committee(m));
        if with_committee_only {
            return Ok(());
        }
        if let Some(sanction) = author.sanction_at(self.now()) {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-conversations-sanctioned",
                sanction = super::describe_sanction(sanction, &author.time_zone)
            )));
        }
        if !answering && self.held_for_review(author)? {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-conversations-held"
            )));
        }
        for member in members {
            if *member != author.username && self.store().has_blocked(member, &author.username)? {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-conversations-blocked-by",
                    member = member.as_str()
                )));
            }
        }
        Ok(())
    }

    /// Starts a conversation with `to` (usernames, and `committee` for the
    /// editorial committee) with a first message. The new conversation and its
    /// message are durable when this returns.
    pub fn start_conversation(
        &self,
        viewer: &Viewer,
        to: &[String],
        subject: &str,
        body: &str,
    ) -> Result<(Conversation, Message), ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-conversations-doing-write"))?;
        let mut errors = FieldErrors::default();
        let mut members: Vec<Username> = vec![me.username.clone()];
        let mut committee = false;
        for name in to {
            let name = name.trim().trim_start_matches('@').to_ascii_lowercase();
            if name == COMMITTEE {
                committee = true;
            } else if name == me.username.as_str() {
                errors.add(FieldName::To, crate::t!("forum-conversations-to-self"));
            } else if !self.is_account(&name) {
                errors.add(
                    FieldName::To,
                    crate::t!(
                        "forum-conversations-no-member",
                        name = sanitize::inline(&name).to_string()
                    ),
                );
            } else if !members.iter().any(|m| m.as_str() == name) {
                members.push(name.into());
            }
        }
        if members.len() == 1 && !committee && errors.0.is_empty() {
            errors.add(FieldName::To, crate::t!("forum-conversations-to-nobody"));
        }
        if members.len() > CONVERSATION_MEMBERS_MAX {
            errors.add(
                FieldName::To,
                crate::t!(
                    "forum-conversations-too-many",
                    n = CONVERSATION_MEMBERS_MAX - 1
                ),
            );
        }
        if let Err(e) = super::validate::optional_line(subject, SUBJECT_MAX) {
            errors.add(FieldName::Subject, e);
        }
        check_message(body, &mut errors);
        errors.into_result()?;
        self.may_write_to(&me, &members, committee, false)?;
        self.paced(&me, super::pace::Paced::Starting)?;
        let now = self.now();
        let subject = sanitize::inline(subject.trim()).into_owned();
        let body = super::discussions::clean_body(body);
        let others: Vec<String> = to.to_vec();
        let place = new_conversation_place(&others);
        let for_committee = committee && Capability::ReviewSubmissions.held_by(&me);
        let (conversation, message) = {
            let draft_conversation = Conversation {
                id: ConversationId(0),
                subject: subject.clone(),
                started_by: me.username.clone(),
                started_at: now,
                members: members.clone(),
                committee,
                last_activity: now,
                messages: 1,
                activity: 0,
                report: false,
            };
            let unread_for = self.readers(&draft_conversation, &me.username)?;
            self.store().insert_conversation(
                |id| {
                    let conversation = Conversation {
                        id,
                        ..draft_conversation.clone()
                    };
                    let message = Message {
                        conversation: id,
                        number: 1,
                        author: me.username.clone(),
                        for_committee,
                        body: body.clone(),
                        at: now,
                        reported: None,
                    };
                    (conversation, message)
                },
                &Delivery {
                    unread_for: &unread_for,
                    draft: Some((me.username.as_str(), place.key())),
                },
            )?
        };
        self.after_message(&conversation, &message)?;
        Ok((conversation, message))
    }

    /// Whether the viewer may write in conversation `id` now (a mute, a block):
    /// asked before they type, so that nobody writes a message only to be refused.
    pub fn may_write_message(&self, viewer: &Viewer, id: ConversationId) -> Result<(), ForumError> {
        let (me, conversation) =
            self.participant(viewer, id, &crate::t!("forum-conversations-doing-write"))?;
        let answering = conversation.started_by != me.username;
        self.may_write_to(
            &me,
            &conversation.members,
            conversation.committee,
            answering,
        )
    }

    /// Adds a message to conversation `id`; durable when this returns.
    pub fn write_message(
        &self,
        viewer: &Viewer,
        id: ConversationId,
        body: &str,
    ) -> Result<Message, ForumError> {
        let (me, conversation) =
            self.participant(viewer, id, &crate::t!("forum-conversations-doing-write"))?;
        let mut errors = FieldErrors::default();
        check_message(body, &mut errors);
        errors.into_result()?;
        let answering = conversation.started_by != me.username;
        self.may_write_to(
            &me,
            &conversation.members,
            conversation.committee,
            answering,
        )?;
        self.paced(&me, super::pace::Paced::Writing)?;
        let body = super::discussions::clean_body(body);
        let now = self.now();
        // A committee member in one of the committee's conversations writes for it.
        let for_committee = conversation.committee && Capability::ReviewSubmissions.held_by(&me);
        let unread_for = self.readers(&conversation, &me.username)?;
        let result = self.store().add_message(
            id,
            |current| {
                Ok::<_, ForumError>(Message {
                    conversation: id,
                    number: current.messages + 1,
                    author: me.username.clone(),
                    for_committee,
                    body: body.clone(),
                    at: now,
                    reported: None,
                })
            },
            &Delivery {
                unread_for: &unread_for,
                draft: Some((me.username.as_str(), DraftPlace::Message(id).key())),
            },
        );
        let (conversation, message) = match result {
            Ok(done) => done,
            Err(UpdateError::Refused(e)) => return Err(e),
            Err(UpdateError::NotFound | UpdateError::KeyTaken) => {
                return Err(ForumError::NotFound(crate::t!(
                    "forum-missing-conversation",
                    id = id.to_string()
                )));
            }
            Err(UpdateError::Store(e)) => return Err(e.into()),
        };
        self.after_message(&conversation, &message)?;
        Ok(message)
    }

    /// Notifies the readers of a new message, makes it durable and tells open
    /// sessions.
    fn after_message(
        &self,
        conversation: &Conversation,
        message: &Message,
    ) -> Result<(), ForumError> {
        // Stored in English; each reader sees `words` in their own language.
        let from = stored_signature(message);
        let (id, args): (&str, Vec<(&str, &str)>) = match conversation.subject.as_str() {
            "" => ("notice-message", vec![("name", from.as_str())]),
            subject => (
                "notice-message-about",
                vec![("name", from.as_str()), ("subject", subject)],
            ),
        };
        let text = crate::lang::text_in(
            crate::lang::Language::En,
            id,
            &args
                .iter()
                .map(|(k, v)| (*k, crate::lang::Value::from(*v)))
                .collect::<Vec<_>>(),
        );
        let notices = self
            .readers(conversation, &message.author)?
            .into_iter()
            .map(|to| super::notifications::Notice {
                to,
                kind: NoticeKind::Message,
                from: Some(message.author.clone()),
                text: text.clone(),
                words: Some(crate::domain::Words::new(id, &args)),
                target: Target::Conversation {
                    id: conversation.id,
                },
            })
            .collect();
        let told = self.deliver(notices)?;
        self.commit(Change::Conversation {
            id: conversation.id,
            members: conversation.members.clone(),
            committee: conversation.committee,
        })?;
        self.announce_told(told);
        Ok(())
    }

    /// The viewer's latest conversation with exactly `to` (usernames, and
    /// `committee`), not a report: where `message USER` goes on rather than
    /// starting another.
    pub fn conversation_with(
        &self,
        viewer: &Viewer,
        to: &[String],
    ) -> Result<Option<ConversationId>, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-conversations-doing-read"))?;
        let mut wanted: Vec<String> = vec![me.username.to_string()];
        let mut committee = false;
        for name in to {
            let name = name.trim().trim_start_matches('@').to_ascii_lowercase();
            if name == COMMITTEE {
                committee = true;
            } else if !wanted.contains(&name) {
                wanted.push(name);
            }
        }
        wanted.sort();
        let (conversations, _) = self
            .store()
            .conversations_of(&[me.username.as_str()], LISTED)?;
        Ok(conversations
            .into_iter()
            .find(|c| {
                let mut members: Vec<String> = c.members.iter().map(|m| m.to_string()).collect();
                members.sort();
                members == wanted && c.committee == committee && !c.report
            })
            .map(|c| c.id))
    }

    /// The viewer's conversations, most recently active first (the newest
    /// [`LISTED`]); the committee's members see the committee's too.
    pub fn conversations(&self, viewer: &Viewer) -> Result<ConversationList, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-conversations-doing-read"))?;
        let mut parties = vec![me.username.as_str()];
        if Capability::ReviewSubmissions.held_by(&me) {
            parties.push(COMMITTEE_PARTY);
        }
        let (conversations, total) = self.store().conversations_of(&parties, LISTED)?;
        let items = conversations
            .into_iter()
            .map(|conversation| {
                let unread = self
                    .store()
                    .is_unread_conversation(&me.username, conversation.id)?;
                let about = self.about(&conversation)?;
                Ok(ConversationSummary {
                    conversation,
                    unread,
                    about,
                })
            })
            .collect::<Result<Vec<_>, ForumError>>()?;
        Ok(ConversationList { items, total })
    }

    /// Conversation `id` with its newest `shown` messages, for one of its readers.
    pub fn conversation(
        &self,
        viewer: &Viewer,
        id: ConversationId,
        shown: usize,
    ) -> Result<ConversationView, ForumError> {
        let (me, conversation) =
            self.participant(viewer, id, &crate::t!("forum-conversations-doing-read"))?;
        let messages = self.store().messages(id, shown.min(READ_MAX))?;
        let earlier = messages.first().map_or(0, |m| m.number.saturating_sub(1));
        let read_mark = self.store().conversation_read_mark(&me.username, id)?;
        let about = self.about(&conversation)?;
        Ok(ConversationView {
            conversation,
            messages,
            earlier,
            read_mark,
            about,
        })
    }

    /// A conversation's subject, or the start of its first message (one line).
    fn about(&self, conversation: &Conversation) -> Result<String, ForumError> {
        if !conversation.subject.is_empty() {
            return Ok(conversation.subject.clone());
        }
        let first = self.store().message(conversation.id, 1)?;
        let text = first.map(|m| m.body).unwrap_or_default();
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut about: String = words.chars().take(ABOUT_CHARS).collect();
        if words.chars().count() > ABOUT_CHARS {
            about.push('…');
        }
        Ok(about)
    }

    /// Records that the viewer has read conversation `id` up to message `upto`.
    pub fn mark_conversation_read(
        &self,
        viewer: &Viewer,
        id: ConversationId,
        upto: u32,
    ) -> Result<(), ForumError> {
        let (me, conversation) =
            self.participant(viewer, id, &crate::t!("forum-conversations-doing-read"))?;
        let upto = upto.min(conversation.messages);
        let was_unread = self.store().is_unread_conversation(&me.username, id)?;
        if self.store().conversation_read_mark(&me.username, id)? >= upto && !was_unread {
            return Ok(());
        }
        self.store()
            .mark_conversation_read(&me.username, id, upto)?;
        self.read_notices_of_conversation(&me.username, id)?;
        self.announce(Change::ConversationsRead(me.username));
        Ok(())
    }

    /// Whether conversation `id` has a message the viewer has not read (a live
    /// session says so as it arrives).
    pub fn has_unread_messages_in(&self, viewer: &Viewer, id: ConversationId) -> bool {
        viewer.account().is_some_and(|me| {
            self.store()
                .is_unread_conversation(&me.username, id)
                .unwrap_or(false)
        })
    }

    /// How many conversations have messages the viewer has not read (none for a guest).
    /// Only those they may still read count (a demoted moderator's committee
    /// conversations do not).
    pub fn unread_conversations(&self, viewer: &Viewer) -> Result<usize, ForumError> {
        let Some(me) = viewer.account() else {
            return Ok(0);
        };
        let Some(me) = self.store().account(&me.username)? else {
            return Ok(0);
        };
        let mut n = 0;
        for id in self
            .store()
            .unread_conversation_ids(&me.username, UNREAD_SHOWN)?
        {
            if let Some(c) = self.store().conversation(id)?
                && Self::reads_conversation(&me, &c)
            {
                n += 1;
            }
        }
        Ok(n)
    }

    /// Reports message `number` of conversation `id` to the committee: a new
    /// conversation with the committee, opened with a copy of that message and
    /// then the reporter's reason. The committee reads that message only.
    pub fn report_message(
        &self,
        viewer: &Viewer,
        id: ConversationId,
        number: u32,
        reason: &str,
    ) -> Result<Conversation, ForumError> {
        let (me, conversation) =
            self.participant(viewer, id, &crate::t!("forum-conversations-doing-report"))?;
        let mut errors = FieldErrors::default();
        let reason = reason.trim();
        if reason.is_empty() {
            errors.add(
                FieldName::Reason,
                crate::t!("forum-conversations-no-reason"),
            );
        } else if let Err(e) = super::validate::optional_line(reason, 500) {
            errors.add(FieldName::Reason, e);
        }
        errors.into_result()?;
        let reported = self.store().message(id, number)?.ok_or_else(|| {
            ForumError::NotFound(crate::t!(
                "forum-missing-message",
                n = number.to_string(),
                id = id.to_string()
            ))
        })?;
        if reported.author == me.username {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-conversations-own-message"
            )));
        }
        if reported.for_committee || conversation.report {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-conversations-committee-not-reported"
            )));
        }
        self.paced(&me, super::pace::Paced::Starting)?;
        let now = self.now();
        let reason = sanitize::inline(reason).into_owned();
        let subject = format!("Report: a message from {}", reported.author);
        let copy = ReportedMessage {
            conversation: conversation.id,
            number,
            author: reported.author.clone(),
            at: reported.at,
            body: reported.body.clone(),
        };
        let draft_conversation = Conversation {
            id: ConversationId(0),
            subject,
            started_by: me.username.clone(),
            started_at: now,
            members: vec![me.username.clone()],
            committee: true,
            last_activity: now,
            messages: 1,
            activity: 0,
            report: true,
        };
        let unread_for = self.readers(&draft_conversation, &me.username)?;
        let (report, message) = self.store().insert_conversation(
            |new_id| {
                let conversation = Conversation {
                    id: new_id,
                    ..draft_conversation.clone()
                };
                let message = Message {
                    conversation: new_id,
                    number: 1,
                    author: me.username.clone(),
                    for_committee: false,
                    body: reason.clone(),
                    at: now,
                    reported: Some(copy.clone()),
                };
                (conversation, message)
            },
            &Delivery {
                unread_for: &unread_for,
                draft: None,
            },
        )?;
        self.after_message(&report, &message)?;
        Ok(report)
    }

    /// Blocks `username` for the viewer: no messages, mentions or replies from them.
    pub fn block(&self, viewer: &Viewer, username: &str) -> Result<(), ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-conversations-doing-block"))?;
        let name = username.trim().trim_start_matches('@').to_ascii_lowercase();
        if name == me.username.as_str() {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-conversations-block-self"
            )));
        }
        if !self.is_account(&name) {
            return Err(ForumError::NotFound(crate::t!(
                "forum-missing-member",
                name = sanitize::inline(&name).into_owned()
            )));
        }
        self.store().block(&me.username, &name, self.now())?;
        self.commit(Change::ConversationsRead(me.username))
    }

    pub fn unblock(&self, viewer: &Viewer, username: &str) -> Result<bool, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-conversations-doing-block"))?;
        let name = username.trim().trim_start_matches('@').to_ascii_lowercase();
        let was = self.store().has_blocked(&me.username, &name)?;
        self.store().unblock(&me.username, &name)?;
        self.commit(Change::ConversationsRead(me.username))?;
        Ok(was)
    }

    /// Whom the viewer blocks, with since when.
    pub fn blocked(&self, viewer: &Viewer) -> Result<Vec<(Username, jiff::Timestamp)>, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-conversations-doing-block"))?;
        Ok(self.store().blocks(&me.username)?)
    }

    /// Whether the viewer blocks `username`.
    pub fn blocks(&self, viewer: &Viewer, username: &str) -> bool {
        viewer.account().is_some_and(|me| {
            self.store()
                .has_blocked(&me.username, username)
                .unwrap_or(false)
        })
    }

    /// Whether `to` has blocked `from` (no notices from them).
    pub(super) fn is_blocked_by(&self, to: &str, from: &str) -> Result<bool, ForumError> {
        Ok(self.store().has_blocked(to, from)?)
    }

    /// Messages in the viewer's own conversations that hold every word of
    /// `query` (any case), newest conversations first: the newest [`SEARCHED`]
    /// conversations are read, and at most [`FOUND_MAX`] messages returned.
    pub fn search_conversations(
        &self,
        viewer: &Viewer,
        query: &str,
    ) -> Result<Vec<(Conversation, Message)>, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-conversations-doing-search"))?;
        let words: Vec<String> = query.split_whitespace().map(|w| w.to_lowercase()).collect();
        if words.is_empty() {
            let mut errors = FieldErrors::default();
            errors.add(FieldName::Query, crate::t!("forum-conversations-no-query"));
            return Err(ForumError::Invalid(errors));
        }
        let mut parties = vec![me.username.as_str()];
        if Capability::ReviewSubmissions.held_by(&me) {
            parties.push(COMMITTEE_PARTY);
        }
        let (conversations, _) = self.store().conversations_of(&parties, SEARCHED)?;
        let mut found = Vec::new();
        let mut read = 0;
        for conversation in conversations {
            let subject = conversation.subject.to_lowercase();
            self.store().each_message(conversation.id, |message| {
                read += 1;
                let text = format!("{subject}\n{}", message.body.to_lowercase());
                if words.iter().all(|w| text.contains(w.as_str())) {
                    found.push((conversation.clone(), message));
                }
                found.len() < FOUND_MAX && read < SEARCHED_MESSAGES
            })?;
            if found.len() >= FOUND_MAX || read >= SEARCHED_MESSAGES {
                break;
            }
        }
        Ok(found)
    }
}
