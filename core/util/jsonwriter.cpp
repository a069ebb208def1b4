#include "jsonwriter.h"

#include <QJsonDocument>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace Officine::Json {

struct Writer::Impl
{
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer {buffer};
    QByteArray utf8; ///< reused for each string
};

Writer::Writer()
    : d(std::make_unique<Impl>())
{
}

Writer::~Writer() = default;

Writer& Writer::beginObject()
{
    d->writer.StartObject();
    return *this;
}

Writer& Writer::endObject()
{
    d->writer.EndObject();
    return *this;
}

Writer& Writer::beginArray()
{
    d->writer.StartArray();
    return *this;
}

Writer& Writer::endArray()
{
    d->writer.EndArray();
    return *this;
}

Writer& Writer::key(const char* asciiKey)
{
    d->writer.Key(asciiKey);
    return *this;
}

Writer& Writer::value(const QString& text)
{
    d->utf8 = text.toUtf8();
    d->writer.String(d->utf8.constData(), rapidjson::SizeType(d->utf8.size()));
    return *this;
}

Writer& Writer::value(QLatin1StringView text)
{
    return value(QString(text));
}

Writer& Writer::value(qint64 number)
{
    d->writer.Int64(number);
    return *this;
}

Writer& Writer::value(bool flag)
{
    d->writer.Bool(flag);
    return *this;
}

Writer& Writer::null()
{
    d->writer.Null();
    return *this;
}

Writer& Writer::raw(QByteArrayView json)
{
    d->writer.RawValue(json.data(), size_t(json.size()), rapidjson::kObjectType);
    return *this;
}

QByteArray Writer::take()
{
    QByteArray out(d->buffer.GetString(), qsizetype(d->buffer.GetSize()));
    d->buffer.Clear();
    d->writer.Reset(d->buffer);
    return out;
}

QByteArray text(const std::function<void(Writer&)>& write)
{
    Writer w;
    write(w);
    return w.take();
}

QJsonObject object(const std::function<void(Writer&)>& write)
{
    return QJsonDocument::fromJson(text(write)).object();
}

} // namespace Officine::Json
