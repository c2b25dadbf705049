//! A channel's way out to its client, which gives up on a client that stopped
//! reading.
//!
//! Output waits for the client's SSH window, so a client that never reads holds
//! up only its own channel. But it would hold it for ever, and its connection's
//! place with it: such a client may well answer keepalives (paramiko does, from
//! its own thread), so nothing else notices. Past [`Output::stall`] without room
//! for what we have to send, the whole connection is closed.

use std::time::Duration;

use std::sync::Arc;

use russh::ChannelWriteHalf;
use russh::server::Msg;

use super::Progress;

/// What one wait for the client's window covers: 32 KiB takes 7 s at 40 kbit/s.
const PIECE: usize = 32 * 1024;

/// The client is gone, or was let go for not reading.
#[derive(Debug)]
pub struct Gone;

pub struct Output {
    channel: ChannelWriteHalf<Msg>,
    /// Where to ask for the whole connection to be closed.
    connection: Arc<Progress>,
    /// How long one write may wait for the client's window.
    stall: Duration,
    /// Held for as long as the output is: the connection sees from it that a
    /// command or session has finished with its channel.
    alive: Arc<()>,
}

impl Output {
    /// Dead once this output (and the task holding it) is gone.
    pub fn liveness(&self) -> std::sync::Weak<()> {
        Arc::downgrade(&self.alive)
    }

    pub fn new(
        channel: ChannelWriteHalf<Msg>,
        connection: Arc<Progress>,
        stall: Duration,
    ) -> Output {
        Output {
            channel,
            connection,
            stall,
            alive: Arc::new(()),
        }
    }

    /// Sends `bytes` as the channel's data (standard output).
    pub async fn data(&self, bytes: &[u8]) -> Result<(), Gone> {
        // The stall is measured per piece: a 50 MB backup to a member on a 2G
        // link takes hours and is fine, as long as it keeps moving.
        for piece in bytes.chunks(PIECE) {
            self.within(self.channel.data(piece)).await?;
        }
        Ok(())
    }

    /// Sends `bytes` as the channel's standard error.
    pub async fn stderr(&self, bytes: &[u8]) -> Result<(), Gone> {
        for piece in bytes.chunks(PIECE) {
            self.within(self.channel.extended_data(1, piece)).await?;
        }
        Ok(())
    }

    /// Says the command ended with `status`, then ends and closes the channel.
    /// Stops at the first step the client does not take: one stall, not three.
    pub async fn finish(&self, status: u32) {
        let _ = async {
            self.within(self.channel.exit_status(status)).await?;
            self.within(self.channel.eof()).await?;
            self.within(self.channel.close()).await
        }
        .await;
    }

    async fn within(
        &self,
        sending: impl Future<Output = Result<(), russh::Error>>,
    ) -> Result<(), Gone> {
        match tokio::time::timeout(self.stall, sending).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => Err(Gone),
            Err(_) => {
                tracing::info!(
                    seconds = self.stall.as_secs(),
                    "closed: the client read nothing of what it was sent"
                );
                // The accept loop closes it, and makes sure it ends.
                self.connection.close.notify_one();
                Err(Gone)
            }
        }
    }
}
