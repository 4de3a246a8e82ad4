// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

namespace SmtpDoctor::Ui {

// The small status pictures used in step lists, source lists and verdicts.
enum class StatusIcon {
    Ok,
    Error,
    Warning,
    Pending,
    Running,
    Skipped,
    Info,
    Insecure, // open padlock: no encryption
    Secure, // closed padlock
};

// SVG icons from :/icons (sharp at any device pixel ratio).
[[nodiscard]] QIcon statusIcon(StatusIcon icon);
[[nodiscard]] QIcon applicationIcon();

// The only hard-coded colours of the interface: a green and a red that keep enough
// contrast on light and on dark window backgrounds. Everything else uses palette roles.
[[nodiscard]] QColor successColor();
[[nodiscard]] QColor failureColor();
[[nodiscard]] QColor warningColor();

} // namespace SmtpDoctor::Ui
