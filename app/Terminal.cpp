// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include <csignal>
#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace Terminal {

namespace {

struct termios savedSettings;
volatile std::sig_atomic_t settingsSaved = 0;

/// Ctrl+C while the echo is off: the echo back on, then the default end of the program.
extern "C" void restoreAndStop(int signal)
{
    if (settingsSaved)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

bool isInteractive()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QString> readHiddenLine(const QString &prompt)
{
    // The echo goes off before the prompt shows: whatever is typed after it stays hidden, and
    // nothing typed ahead is thrown away.
    const bool hide = tcgetattr(STDIN_FILENO, &savedSettings) == 0;
    if (hide) {
        settingsSaved = 1;
        struct termios quiet = savedSettings;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the Enter still moves to the next line
        std::signal(SIGINT, restoreAndStop);
        std::signal(SIGTERM, restoreAndStop);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    std::string line;
    bool ended = false;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF) {
            ended = line.empty();
            break;
        }
        if (c == '\n')
            break;
        line.push_back(static_cast<char>(c));
    }
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings);
        settingsSaved = 0;
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    const QString text = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    if (ended)
        return std::nullopt;
    return text;
}

} // namespace Terminal
