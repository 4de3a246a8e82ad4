// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

using namespace Qt::StringLiterals;

namespace SmtpDoctor::Ui {

QIcon statusIcon(StatusIcon icon)
{
    switch (icon) {
    case StatusIcon::Ok:
        return QIcon(u":/icons/status-ok.svg"_s);
    case StatusIcon::Error:
        return QIcon(u":/icons/status-error.svg"_s);
    case StatusIcon::Warning:
        return QIcon(u":/icons/status-warning.svg"_s);
    case StatusIcon::Pending:
        return QIcon(u":/icons/status-pending.svg"_s);
    case StatusIcon::Running:
        return QIcon(u":/icons/status-running.svg"_s);
    case StatusIcon::Skipped:
        return QIcon(u":/icons/status-skipped.svg"_s);
    case StatusIcon::Info:
        return QIcon(u":/icons/status-info.svg"_s);
    case StatusIcon::Insecure:
        return QIcon(u":/icons/lock-open.svg"_s);
    case StatusIcon::Secure:
        return QIcon(u":/icons/lock-closed.svg"_s);
    }
    return {};
}

QIcon applicationIcon()
{
    return QIcon(u":/icons/smtp-doctor.svg"_s);
}

QColor successColor()
{
    return QColor(0x2e, 0x9e, 0x44);
}

QColor failureColor()
{
    return QColor(0xd9, 0x30, 0x25);
}

QColor warningColor()
{
    return QColor(0xe8, 0xa3, 0x17);
}

} // namespace SmtpDoctor::Ui
