#pragma once

#include <QString>
#include <QVariant>
#include <initializer_list>
#include <utility>

namespace Officine::Server::Log {

using Field = std::pair<const char*, QVariant>;

/// Structured logs: one JSON object per line on standard error (journald keeps them), with the
/// time, level, event and the fields given. The fields are identifiers, counts, durations and
/// outcomes; a record's values (a patient's name, a payload) are never passed here, and every
/// line goes through the core scrubber as a second line of defence.
void info(const char* event, std::initializer_list<Field> fields = {});
void warning(const char* event, std::initializer_list<Field> fields = {});
void error(const char* event, std::initializer_list<Field> fields = {});
/// Routes Qt's own messages (qWarning from Qt's modules) through the same format.
void install();
/// Tests read what was logged.
using Sink = void (*)(const QByteArray& line);
void setSink(Sink sink);

} // namespace Officine::Server::Log
