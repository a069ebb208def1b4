#pragma once

#include "util/result.h"

#include <QString>
#include <functional>

class QIODevice;

namespace Officine::Ui {

/// Writes a file that holds health data the way every export does: to a temporary file beside
/// the target, for its owner alone, renamed into place once complete (QSaveFile), and only then
/// recorded by `record` (the audit entry); a file whose trace could not be written is removed.
/// The trail never says an export was made that is not there.
Result<void> writeHealthDataFile(const QString& path, const std::function<Result<void>(QIODevice&)>& write,
                                 const std::function<Result<void>(qint64 bytes)>& record);

/// Prints HTML to a PDF document on `out` (Qt's QPdfWriter and QTextDocument).
void printHtmlToPdf(const QString& html, const QString& title, QIODevice& out, bool landscape,
                    qreal pointSize);

} // namespace Officine::Ui
