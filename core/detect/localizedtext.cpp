// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/localizedtext.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Detect {

namespace {

// "en_US" / "EN-us" -> "en-us"
QString normalizedTag(QStringView tag)
{
    QString result = tag.trimmed().toString().toLower();
    result.replace(u'_', u'-');
    return result;
}

QStringView primarySubtag(QStringView tag)
{
    const qsizetype dash = tag.indexOf(u'-');
    return dash < 0 ? tag : tag.left(dash);
}

} // namespace

void LocalizedText::add(const QString &language, const QString &text)
{
    if (text.isEmpty())
        return;
    const QString tag = normalizedTag(language);
    for (const auto &variant : std::as_const(m_variants)) {
        if (normalizedTag(variant.first) == tag)
            return;
    }
    m_variants.append({ language, text });
}

QString LocalizedText::text(QStringView language) const
{
    if (m_variants.isEmpty())
        return {};
    const QString wanted = normalizedTag(language);
    const QStringView wantedPrimary = primarySubtag(wanted);

    const auto find = [this](auto &&matches) -> const QString * {
        for (const auto &variant : m_variants) {
            if (matches(normalizedTag(variant.first)))
                return &variant.second;
        }
        return nullptr;
    };
    if (!wanted.isEmpty()) {
        if (const QString *t = find([&](const QString &tag) { return tag == wanted; }))
            return *t;
        if (const QString *t = find([&](const QString &tag) { return primarySubtag(tag) == wantedPrimary; }))
            return *t;
    }
    if (const QString *t = find([](const QString &tag) { return primarySubtag(tag) == u"en"; }))
        return *t;
    if (const QString *t = find([](const QString &tag) { return tag.isEmpty(); }))
        return *t;
    return m_variants.first().second;
}

} // namespace SmtpDoctor::Detect
