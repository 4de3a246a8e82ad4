// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace SmtpDoctor {

// Installs the application's and Qt's own translations for a language ("de", "en")
// or, when language is empty, for the system's UI languages. Replaces what an
// earlier call installed, so the language can change at run time. Returns the
// language now in use ("en" when nothing else matched).
QString installTranslations(const QString &language = {});

} // namespace SmtpDoctor
