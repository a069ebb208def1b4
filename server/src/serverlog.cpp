#include "serverlog.h"

#include "logging/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace Officine::Server::Log {

namespace {

Sink g_sink = nullptr;

void write(const char* level, const char* event, std::initializer_list<Field> fields)
{
    QJsonObject line {{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("level"), QLatin1String(level)},
                      {QStringLiteral("event"), QLatin1String(event)}};
    for (const Field& f : fields) {
        line.insert(QLatin1String(f.first), QJsonValue::fromVariant(f.second));
    }
    const QByteArray text
        = Logging::scrub(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact))).toUtf8()
        + '\n';
    if (g_sink) {
        g_sink(text);
        return;
    }
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

void qtHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const char* level = type == QtDebugMsg || type == QtInfoMsg ? "info"
        : type == QtWarningMsg                                  ? "warning"
                                                                : "error";
    write(level, "qt",
          {{"category", QString::fromLatin1(context.category ? context.category : "default")},
           {"message", message}});
}

} // namespace

void info(const char* event, std::initializer_list<Field> fields)
{
    write("info", event, fields);
}

void warning(const char* event, std::initializer_list<Field> fields)
{
    write("warning", event, fields);
}

void error(const char* event, std::initializer_list<Field> fields)
{
    write("error", event, fields);
}

void install()
{
    qInstallMessageHandler(qtHandler);
}

void setSink(Sink sink)
{
    g_sink = sink;
}

} // namespace Officine::Server::Log
