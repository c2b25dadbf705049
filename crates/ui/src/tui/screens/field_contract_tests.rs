//! Every field the forum's checks may name has a field to show its message under,
//! in the form that sends it: a message for a name the form lacks would otherwise
//! go to the status line, away from what to fix.

use stoa_core::domain::{
    DraftPlace, EventProposal, Item, JobProposal, PracticeProposal, ResourceProposal, Role,
    ThreadId,
};
use stoa_core::forum::testing::{forum, member};
use stoa_core::forum::{Checked, FieldErrors, LoginMethod, NewThread, PasswordChange, Viewer};
use stoa_present::theme::Theme;

use super::{
    AddKey, BoardForm, Ctx, EditProfile, EntryForm, NewsForm, PasswordForm, ProposalForm, Screen,
    SignUpForm,
};

/// Each check, and the screen a member fills in for it.
fn forms(ctx: &Ctx, thread: ThreadId) -> Vec<(Checked, Screen)> {
    let account = ctx.viewer.account().unwrap();
    vec![
        (Checked::SignUp, Screen::SignUp(SignUpForm::new(ctx))),
        (
            Checked::Profile,
            Screen::EditProfile(EditProfile::new(account)),
        ),
        (Checked::Password, Screen::Password(PasswordForm::new(ctx))),
        (Checked::Key, Screen::AddKey(AddKey::new())),
        (
            Checked::Thread,
            Screen::composer(DraftPlace::NewThread("care".into()), ctx),
        ),
        (
            Checked::Reply,
            Screen::composer(DraftPlace::Reply(thread.opening_post()), ctx),
        ),
        (
            Checked::Event,
            Screen::BoardForm(Box::new(BoardForm::new(
                None,
                &Item::Event(EventProposal::default()),
                None,
                ctx,
            ))),
        ),
        (
            Checked::Job,
            Screen::BoardForm(Box::new(BoardForm::new(
                None,
                &Item::Job(JobProposal::default()),
                None,
                ctx,
            ))),
        ),
        (
            Checked::Resource,
            Screen::EntryForm(Box::new(EntryForm::new(
                None,
                &Item::Resource(ResourceProposal::default()),
                None,
                ctx,
            ))),
        ),
        (
            Checked::Practice,
            Screen::EntryForm(Box::new(EntryForm::new(
                None,
                &Item::Practice(PracticeProposal::default()),
                None,
                ctx,
            ))),
        ),
        (
            Checked::Community,
            Screen::Proposal(Box::new(ProposalForm::new(None, &Default::default(), None))),
        ),
        (Checked::News, Screen::NewsForm(Box::new(NewsForm::new()))),
        (
            Checked::Translation,
            Screen::TranslationForm(Box::new(super::translation_form::TranslationForm::new(
                stoa_core::domain::Translated::News(stoa_core::domain::NewsId(1)),
                None,
                None,
                None,
                ctx,
            ))),
        ),
    ]
}

#[test]
fn each_form_has_a_place_for_every_message_its_check_may_give() {
    let (forum, _dir) = forum();
    forum
        .store()
        .put_community(&stoa_core::testkit::community("care"))
        .unwrap();
    // Logged in with a password she has: the password form asks for it too.
    let ada = member(&forum, "ada", 1, Role::Admin);
    let password = "a long enough password";
    let change = PasswordChange {
        current: String::new(),
        new: password.into(),
        confirm: password.into(),
    };
    let viewer = Viewer::Member {
        account: forum
            .change_password(&ada, LoginMethod::Key, change)
            .unwrap(),
        via: LoginMethod::Password,
    };
    let thread = forum
        .start_thread(
            &viewer,
            "care",
            NewThread {
                language: None,
                title: "A thread".into(),
                body: "Its first post.".into(),
            },
        )
        .unwrap();
    let theme = Theme::default();
    let ctx = Ctx {
        forum: &forum,
        viewer: &viewer,
        login_key: None,
        theme: &theme,
        client_language: None,
    };
    let forms = forms(&ctx, thread.id);
    assert_eq!(forms.len(), Checked::ALL.len(), "a form for every check");
    for (checked, mut screen) in forms {
        let mut errors = FieldErrors::default();
        for &field in checked.fields() {
            errors.add(field, "wrong");
        }
        let unplaced = screen.show_errors(&errors);
        assert!(
            unplaced.is_empty(),
            "{checked:?}: the form has no field for {:?}",
            unplaced
                .0
                .iter()
                .map(|(f, _)| f.as_str())
                .collect::<Vec<_>>()
        );
    }
}
