// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/batchinput.h"

#include <QCoreApplication>
#include <QHash>

class BatchText
{
    Q_DECLARE_TR_FUNCTIONS(BatchText)
};

namespace SmtpDoctor::Detect {

namespace {

QString notUtf8Text()
{
    //: A line of a batch file (one e-mail address per line) could not be read.
    return BatchText::tr("The line is not valid UTF-8 text.");
}

} // namespace

bool isSkippedBatchLine(QStringView line)
{
    const QStringView text = line.trimmed();
    return text.isEmpty() || text.startsWith(u'#');
}

BatchInput BatchInput::parse(const QStringList &lines)
{
    BatchInput input;
    QHash<QString, int> domainIndex;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (isSkippedBatchLine(line))
            continue;
        BatchEntry entry;
        entry.line = int(i);
        entry.input = line;
        if (line.contains(QChar::ReplacementCharacter)) {
            entry.error = notUtf8Text();
        } else {
            AddressError error = AddressError::None;
            entry.address = EmailAddress::parse(line, &error);
            if (!entry.address)
                entry.error = addressErrorText(error);
        }
        if (entry.address) {
            const QString domain = entry.address->aceDomain();
            auto it = domainIndex.constFind(domain);
            if (it == domainIndex.cend()) {
                it = domainIndex.insert(domain, int(input.domains.size()));
                input.domains.append(BatchDomain{domain, {}});
            }
            entry.domain = *it;
            input.domains[entry.domain].entries.append(int(input.entries.size()));
        }
        input.entries.append(entry);
    }
    return input;
}

} // namespace SmtpDoctor::Detect
