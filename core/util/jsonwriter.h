#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

namespace Officine::Json {

/// Writes a compact JSON document straight to UTF-8 text with RapidJSON's SAX writer, for the
/// documents every write stores (outbox payloads, a patient's structured columns, history
/// entries): building a QJsonObject and serialising it cost more than the SQL that stores it
/// (bench_patients, import). Keys are ASCII literals; strings are escaped as RFC 8259 says.
class Writer
{
public:
    Writer();
    ~Writer();
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    Writer& beginObject();
    Writer& endObject();
    Writer& beginArray();
    Writer& endArray();
    Writer& key(const char* asciiKey);
    Writer& value(const QString& text);
    Writer& value(QLatin1StringView text);
    Writer& value(qint64 number);
    Writer& value(bool flag);
    Writer& null();
    /// A value already written as JSON text (a stored document), copied as it is: the caller
    /// vouches that it is one valid JSON value.
    Writer& raw(QByteArrayView json);
    /// `key` then `value`.
    template<typename T>
    Writer& field(const char* asciiKey, const T& v)
    {
        key(asciiKey);
        return value(v);
    }
    Writer& field(const char* asciiKey, int v) { return field(asciiKey, qint64(v)); }
    /// Only when not empty (the optional members of a document).
    Writer& fieldIfSet(const char* asciiKey, const QString& v)
    {
        return v.isEmpty() ? *this : field(asciiKey, v);
    }
    /// The document written; the writer is empty again.
    QByteArray take();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// The document `write` produces, as text.
QByteArray text(const std::function<void(Writer&)>& write);
/// The document `write` produces, as a QJsonObject (for the few readers that want one).
QJsonObject object(const std::function<void(Writer&)>& write);

} // namespace Officine::Json
