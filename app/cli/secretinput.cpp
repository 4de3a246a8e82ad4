// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretinput.h"

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace SmtpDoctor::Cli {

QString readSecretLine(const QString &prompt, bool *ok)
{
    const bool tty = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (tty) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    std::string line;
    bool gotAny = false;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF) {
        gotAny = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
        if (line.size() > 65536)
            break;
    }
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *ok = gotAny;
    QString result = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return result;
}

} // namespace SmtpDoctor::Cli
