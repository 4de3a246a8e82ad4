// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace SmtpDoctor {

namespace {
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
} // namespace

QString installTranslations(const QString &language)
{
    for (auto *slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, u"smtp-doctor"_s, u"_"_s, u":/i18n"_s))
        return u"en"_s;
    const QString used = app->language().section(u'_', 0, 0);
    QCoreApplication::installTranslator(app.get());
    appTranslator() = std::move(app);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return used.isEmpty() ? u"en"_s : used;
}

} // namespace SmtpDoctor
