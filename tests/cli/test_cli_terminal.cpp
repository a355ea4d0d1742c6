// SPDX-License-Identifier: GPL-3.0-or-later
// An encrypted database opened from a terminal without --passphrase-file asks the
// passphrase there, without echoing what is typed. The program runs on a pseudo-terminal, as in
// a terminal window.
#include "CliSupport.h"
#include "EncryptionSupport.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstdlib>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

namespace TRAJECT_UNITY_ID {

using namespace traject::test;

namespace {

/// The program on a pseudo-terminal: what it writes, and what a person types.
class TerminalSession
{
public:
    TerminalSession(const QStringList &arguments, const QTemporaryDir &home)
    {
        QList<QByteArray> args { QByteArrayLiteral(TRAJECT_APP) };
        for (const QString &argument : arguments)
            args.append(argument.toLocal8Bit());
        const QByteArray homePath = home.path().toLocal8Bit();
        const QByteArray data = home.filePath(QStringLiteral("data")).toLocal8Bit();
        const QByteArray config = home.filePath(QStringLiteral("config")).toLocal8Bit();
        m_pid = forkpty(&m_master, nullptr, nullptr, nullptr);
        REQUIRE(m_pid >= 0);
        if (m_pid == 0) {
            setenv("HOME", homePath.constData(), 1);
            setenv("XDG_DATA_HOME", data.constData(), 1);
            setenv("XDG_CONFIG_HOME", config.constData(), 1);
            unsetenv("DISPLAY");
            unsetenv("WAYLAND_DISPLAY");
            std::vector<char *> argv;
            for (QByteArray &arg : args)
                argv.push_back(arg.data());
            argv.push_back(nullptr);
            execv(argv.front(), argv.data());
            _exit(127);
        }
    }
    ~TerminalSession()
    {
        if (m_pid > 0 && !m_exited) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            close(m_master);
    }
    TerminalSession(const TerminalSession &) = delete;
    TerminalSession &operator=(const TerminalSession &) = delete;

    /// Reads until the screen shows `text` (true) or the program ends or a minute passes.
    bool waitFor(const QString &text)
    {
        QDeadlineTimer deadline(60000);
        while (!screen().contains(text)) {
            pollfd fd { m_master, POLLIN, 0 };
            const int ready = poll(&fd, 1, int(qMax<qint64>(1, deadline.remainingTime())));
            if (ready <= 0 || deadline.hasExpired())
                return false;
            char buffer[4096];
            const ssize_t got = read(m_master, buffer, sizeof buffer);
            if (got <= 0)
                return screen().contains(text); // the program has ended (EIO)
            m_screen.append(buffer, got);
        }
        return true;
    }
    void type(const QByteArray &keys)
    {
        REQUIRE(write(m_master, keys.constData(), keys.size()) == keys.size());
    }
    /// Waits for the program's end; its exit code.
    int exitCode()
    {
        waitFor(QStringLiteral("\x01never\x01")); // read everything until the end
        int status = 0;
        QDeadlineTimer deadline(30000);
        pid_t ended = 0;
        while ((ended = waitpid(m_pid, &status, WNOHANG)) == 0 && !deadline.hasExpired())
            usleep(10000);
        if (ended != m_pid)
            return -1; // still waiting for input: the destructor kills it
        m_exited = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    QString screen() const { return QString::fromUtf8(m_screen); }

private:
    pid_t m_pid = -1;
    int m_master = -1;
    bool m_exited = false;
    QByteArray m_screen;
};

} // namespace

TEST_CASE("cli: on a terminal an encrypted database asks its passphrase without showing it, "
          "again after a wrong one")
{
    QTemporaryDir home;
    const QString right = QStringLiteral("zeven zonnige zeilboten");
    const QString db = encryptedDemo(home, right);
    const QString prompt = QStringLiteral("Wachtzin van %1: ").arg(QDir::toNativeSeparators(db));

    TerminalSession terminal({ QStringLiteral("--db"), db, QStringLiteral("--no-window") }, home);
    REQUIRE(terminal.waitFor(prompt));
    terminal.type("zeven zure zeilboten\n");
    REQUIRE(terminal.waitFor(QStringLiteral("De wachtzin klopt niet.")));
    REQUIRE(terminal.waitFor(QStringLiteral("De wachtzin klopt niet.\r\n") + prompt));
    terminal.type(right.toUtf8() + '\n');
    CHECK(terminal.exitCode() == 0);
    const QString screen = terminal.screen();
    INFO(screen.toStdString());
    CHECK(screen.endsWith(
        QStringLiteral("Databank %1: 25 cursisten.\r\n").arg(QDir::toNativeSeparators(db))));
    // What was typed never appeared on the screen.
    CHECK_FALSE(screen.contains(QStringLiteral("zeilboten")));
}

} // namespace TRAJECT_UNITY_ID
