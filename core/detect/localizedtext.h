// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

namespace SmtpDoctor::Detect {

// A text given in several languages, as in config-v1.1's <descr lang="de">…</descr>.
// Keeps every variant so the UI can pick one when it displays (the language can change at
// run time). Value type.
class LocalizedText
{
public:
    LocalizedText() = default;
    // A text with only an untagged variant.
    explicit LocalizedText(const QString &text) { add({}, text); }

    // Adds a variant. language is a BCP 47 tag ("de", "pt-BR", "en_US" is accepted too) or
    // empty for untagged text. Empty texts and a second text for the same language are ignored.
    void add(const QString &language, const QString &text);

    [[nodiscard]] bool isEmpty() const { return m_variants.isEmpty(); }
    // The best variant for a language ("de", "de_DE", "de-AT" …): the exact tag, then the same
    // primary language, then English, then untagged text (which is English in practice), then
    // the first variant. Empty only when there is no variant at all.
    [[nodiscard]] QString text(QStringView language = u"en") const;
    // (language as given in the file, text) in file order.
    [[nodiscard]] QList<std::pair<QString, QString>> variants() const { return m_variants; }

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;

private:
    QList<std::pair<QString, QString>> m_variants;
};

} // namespace SmtpDoctor::Detect
