//! Private conversations, what each member has read of them, and whom they block.
//!
//! - `conversation_by_id`: id → Conversation (JSON).
//! - `messages_by_conversation`: id, number (4 bytes) → Message (JSON).
//! - `conversations_by_party`: party, 0, activity (a counter), id → (): a member's
//!   conversations in order of activity; the committee's are under
//!   [`COMMITTEE_PARTY`], which no username can be.
//! - `conversation_read`: username, 0, id → the newest message number they have read.
//! - `unread_conversations`: username, 0, id → (): conversations with a message
//!   they have not read, so the header counts without reading conversations.
//! - `blocks_by_member`: username, 0, blocked username → since when (JSON).

use jiff::Timestamp;

use super::discussions::id_from;
use super::engine::TxTree;
use super::{Store, StoreError, UpdateError, from_json, join, to_json, transact};
use crate::domain::{Conversation, ConversationId, Message, Username};

/// The committee's name in `conversations_by_party` (usernames cannot start with `+`).
pub const COMMITTEE_PARTY: &str = "+committee";

const NEXT_CONVERSATION_ID: &[u8] = b"next_conversation_id";

const NEXT_ACTIVITY: &[u8] = b"next_conversation_activity";

fn party_key(party: &str, activity: u64, id: ConversationId) -> Vec<u8> {
    let mut second = activity.to_be_bytes().to_vec();
    second.extend_from_slice(&id.to_be_bytes());
    join(party, &second)
}

/// The next activity number (in the transaction's `meta`).
fn next_activity(meta: &super::engine::TxTree) -> Result<u64, StoreError> {
    let n = meta.get(NEXT_ACTIVITY)?.map_or(1, |raw| id_from(&raw));
    meta.insert(NEXT_ACTIVITY, (n + 1).to_be_bytes())?;
    Ok(n)
}

fn message_key(id: ConversationId, number: u32) -> [u8; 12] {
    let mut key = [0u8; 12];
    key[..8].copy_from_slice(&id.to_be_bytes());
    key[8..].copy_from_slice(&number.to_be_bytes());
    key
}

/// Every party a conversation is listed under.
fn parties(conversation: &Conversation) -> Vec<&str> {
    let mut parties: Vec<&str> = conversation.members.iter().map(|m| m.as_str()).collect();
    if conversation.committee {
        parties.push(COMMITTEE_PARTY);
    }
    parties
}

/// What a new message does beside being stored.
pub struct Delivery<'a> {
    /// Members who have not read it yet (everyone in it but its author).
    pub unread_for: &'a [String],
    /// The author and the key of the draft it was written in, which goes.
    pub draft: Option<(&'a str, String)>,
}

/// Writes a message and what goes with it, in the transaction's trees (in the
/// order of `Store::message_trees`): the conversation record, its place in
/// each party's list, the author's read mark (writing is having read), each
/// reader's unread mark, and the draft it was written in, which goes.
fn write_message(
    [_, conversations, messages, by_party, read, unread, drafts]: &[TxTree<'_>; 7],
    conversation: &Conversation,
    message: &Message,
    delivery: &Delivery,
) -> Result<(), StoreError> {
    let id = conversation.id;
    conversations.insert(id.to_be_bytes(), to_json(conversation)?)?;
    messages.insert(message_key(id, message.number), to_json(message)?)?;
    for party in parties(conversation) {
        by_party.insert(party_key(party, conversation.activity, id), b"")?;
    }
    let author = join(&message.author, &id.to_be_bytes());
    read.insert(&author, message.number.to_be_bytes())?;
    unread.remove(&author)?;
    for name in delivery.unread_for {
        unread.insert(join(name, &id.to_be_bytes()), b"")?;
    }
    if let Some((author, key)) = &delivery.draft {
        drafts.remove(join(author, key.as_bytes()))?;
    }
    Ok(())
}

impl Store {
    /// The trees a message touches, in the order `write_message` takes them.
    fn message_trees(&self) -> [&super::engine::Tree; 7] {
        [
            &self.meta,
            &self.conversation_by_id,
            &self.messages_by_conversation,
            &self.conversations_by_party,
            &self.conversation_read,
            &self.unread_conversations,
            &self.draft_by_place,
        ]
    }

    /// Starts a conversation with its first message in one transaction; `make`
    /// gets the new id.
    pub fn insert_conversation(
        &self,
        make: impl Fn(ConversationId) -> (Conversation, Message),
        delivery: &Delivery,
    ) -> Result<(Conversation, Message), StoreError> {
        let _writing = self.writing();
        transact(self.message_trees(), |trees| {
            let meta = &trees[0];
            let id = meta
                .get(NEXT_CONVERSATION_ID)?
                .map_or(1, |raw| id_from(&raw));
            meta.insert(NEXT_CONVERSATION_ID, (id + 1).to_be_bytes())?;
            let (mut conversation, message) = make(ConversationId(id));
            conversation.activity = next_activity(meta)?;
            write_message(&trees, &conversation, &message, delivery)?;
            Ok((conversation, message))
        })
    }

    /// Adds a message to conversation `id`; `make` sees the conversation as it
    /// is now and may refuse.
    pub fn add_message<E>(
        &self,
        id: ConversationId,
        make: impl Fn(&Conversation) -> Result<Message, E>,
        delivery: &Delivery,
    ) -> Result<(Conversation, Message), UpdateError<E>> {
        let _writing = self.writing();
        transact(self.message_trees(), |trees| {
            let Some(raw) = trees[1].get(id.to_be_bytes())? else {
                return Err(UpdateError::NotFound);
            };
            let mut conversation: Conversation = from_json(&raw)?;
            let message = make(&conversation).map_err(UpdateError::Refused)?;
            // Out of each party's list at its old place; back in at the new.
            for party in parties(&conversation) {
                trees[3].remove(party_key(party, conversation.activity, id))?;
            }
            conversation.messages = message.number;
            conversation.last_activity = message.at;
            conversation.activity = next_activity(&trees[0])?;
            write_message(&trees, &conversation, &message, delivery)?;
            Ok((conversation, message))
        })
    }

    pub fn conversation(&self, id: ConversationId) -> Result<Option<Conversation>, StoreError> {
        self.conversation_by_id
            .get(id.to_be_bytes())?
            .map(|raw| from_json(&raw))
            .transpose()
    }

    pub fn message(&self, id: ConversationId, number: u32) -> Result<Option<Message>, StoreError> {
        self.messages_by_conversation
            .get(message_key(id, number))?
            .map(|raw| from_json(&raw))
            .transpose()
    }

    /// The latest `limit` messages of a conversation, oldest first.
    pub fn messages(&self, id: ConversationId, limit: usize) -> Result<Vec<Message>, StoreError> {
        let mut messages = self
            .messages_by_conversation
            .scan_prefix(id.to_be_bytes())
            .rev()
            .take(limit)
            .map(|entry| from_json(&entry?.1))
            .collect::<Result<Vec<Message>, StoreError>>()?;
        messages.reverse();
        Ok(messages)
    }

    /// Every message of a conversation, oldest first, a page at a time: `f`
    /// may stop the walk by returning false (search reads this way).
    pub fn each_message(
        &self,
        id: ConversationId,
        mut f: impl FnMut(Message) -> bool,
    ) -> Result<(), StoreError> {
        for entry in self.messages_by_conversation.scan_prefix(id.to_be_bytes()) {
            if !f(from_json(&entry?.1)?) {
                break;
            }
        }
        Ok(())
    }

    /// The conversations of `parties` (a member, and the committee for its
    /// members), most recently active first, at most `limit`; and how many
    /// there are in all.
    pub fn conversations_of(
        &self,
        parties: &[&str],
        limit: usize,
    ) -> Result<(Vec<Conversation>, usize), StoreError> {
        // Newest first from each party's index, merged by (activity, id).
        let mut keys: Vec<([u8; 16], ConversationId)> = Vec::new();
        let mut total = 0;
        for party in parties {
            let prefix = join(party, b"");
            for (n, entry) in self
                .conversations_by_party
                .scan_prefix(&prefix)
                .rev()
                .enumerate()
            {
                let (key, _) = entry?;
                total += 1;
                if n >= limit {
                    // Counted, not read: only the newest `limit` can be listed.
                    continue;
                }
                let tail = &key[prefix.len()..];
                let mut order = [0u8; 16];
                if tail.len() == 16 {
                    order.copy_from_slice(tail);
                }
                keys.push((order, ConversationId(id_from(&tail[tail.len().min(8)..]))));
            }
        }
        keys.sort_by_key(|k| std::cmp::Reverse(k.0));
        let before = keys.len();
        let mut seen = std::collections::HashSet::new();
        keys.retain(|(_, id)| seen.insert(*id));
        // A committee member in a committee conversation is listed twice.
        total -= before - keys.len();
        let conversations = keys
            .into_iter()
            .take(limit)
            .filter_map(|(_, id)| self.conversation(id).transpose())
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok((conversations, total))
    }

    /// The newest message number `username` has read in conversation `id` (0: none).
    pub fn conversation_read_mark(
        &self,
        username: &str,
        id: ConversationId,
    ) -> Result<u32, StoreError> {
        Ok(self
            .conversation_read
            .get(join(username, &id.to_be_bytes()))?
            .map_or(0, |raw| id_from(&raw) as u32))
    }

    /// Moves `username`'s mark in `id` forward to `upto`; once it reaches the
    /// conversation's last message, it no longer counts as unread. One
    /// transaction with the conversation, so a message arriving meanwhile keeps
    /// it unread. Like a thread's read mark, no promise to anyone: not flushed.
    pub fn mark_conversation_read(
        &self,
        username: &str,
        id: ConversationId,
        upto: u32,
    ) -> Result<(), StoreError> {
        let _writing = self.writing();
        let key = join(username, &id.to_be_bytes());
        let trees = [
            &self.conversation_by_id,
            &self.conversation_read,
            &self.unread_conversations,
        ];
        transact(trees, |[conversations, read, unread]| {
            let Some(raw) = conversations.get(id.to_be_bytes())? else {
                return Ok(());
            };
            let conversation: Conversation = from_json(&raw)?;
            let old = read.get(&key)?.map_or(0, |raw| id_from(&raw) as u32);
            let mark = old.max(upto);
            read.insert(&key, mark.to_be_bytes())?;
            if mark >= conversation.messages {
                unread.remove(&key)?;
            }
            Ok::<(), StoreError>(())
        })
    }

    /// Whether conversation `id` has a message `username` has not read.
    pub fn is_unread_conversation(
        &self,
        username: &str,
        id: ConversationId,
    ) -> Result<bool, StoreError> {
        self.unread_conversations
            .contains_key(join(username, &id.to_be_bytes()))
    }

    /// The conversations with messages `username` has not read, at most `limit`.
    pub fn unread_conversation_ids(
        &self,
        username: &str,
        limit: usize,
    ) -> Result<Vec<ConversationId>, StoreError> {
        let prefix = join(username, b"");
        self.unread_conversations
            .scan_prefix(&prefix)
            .take(limit)
            .map(|entry| Ok(ConversationId(id_from(&entry?.0[prefix.len()..]))))
            .collect()
    }

    pub fn block(&self, username: &str, blocked: &str, at: Timestamp) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.blocks_by_member
            .insert(join(username, blocked.as_bytes()), to_json(&at)?)
    }

    pub fn unblock(&self, username: &str, blocked: &str) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.blocks_by_member
            .remove(join(username, blocked.as_bytes()))
    }

    /// Whether `username` has blocked `other`.
    pub fn has_blocked(&self, username: &str, other: &str) -> Result<bool, StoreError> {
        self.blocks_by_member
            .contains_key(join(username, other.as_bytes()))
    }

    /// Whom `username` has blocked, with since when, by name.
    pub fn blocks(&self, username: &str) -> Result<Vec<(Username, Timestamp)>, StoreError> {
        let prefix = join(username, b"");
        self.blocks_by_member
            .scan_prefix(&prefix)
            .map(|entry| {
                let (key, raw) = entry?;
                let name = String::from_utf8_lossy(&key[prefix.len()..]).into_owned();
                Ok((Username::from(name), from_json(&raw)?))
            })
            .collect()
    }
}
