#pragma once

#include <QLoggingCategory>
#include <QString>

namespace Officine {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcMigration)
Q_DECLARE_LOGGING_CATEGORY(lcBackup)
Q_DECLARE_LOGGING_CATEGORY(lcCommands)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace Logging {

/// Installs the process-wide message handler: one line per message on stderr with time, level
/// and category, after scrubbing. The rule is that no health data is ever formatted into a log
/// line (model types print only their UUID, errors carry no record values); the scrubber is the
/// second line of defence and masks anything shaped like a NIR, an e-mail address or a French
/// phone number that slipped through.
void install();

/// The scrubber used by the handler, exposed for tests.
QString scrub(const QString& message);

/// Where install() writes; tests point it at a buffer to read what was logged.
using Sink = void (*)(const QString& line);
void setSink(Sink sink);

} // namespace Logging
} // namespace Officine
