#include "logging.h"

#include <QDateTime>
#include <QRegularExpression>
#include <cstdio>

namespace Officine {

Q_LOGGING_CATEGORY(lcStorage, "officine.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigration, "officine.storage.migration", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBackup, "officine.backup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCommands, "officine.commands", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "officine.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "officine.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "officine.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "officine.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "officine.sync", QtInfoMsg)

namespace Logging {

namespace {

void stderrSink(const QString& line)
{
    const QByteArray bytes = line.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

Sink g_sink = &stderrSink;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
        + QLatin1StringView(levelName(type)) + u' '
        + QLatin1StringView(context.category ? context.category : "default") + u": " + scrub(message);
    g_sink(line);
    if (type == QtFatalMsg) {
        std::abort();
    }
}

} // namespace

QString scrub(const QString& message)
{
    // NIR / NIA: 13 digits (+ 2-digit key), département possibly 2A/2B, spaces allowed between
    // groups as people type them.
    static const QRegularExpression nir(
        QStringLiteral(R"(\b[1-478]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2[AaBb])\s?\d{3}\s?\d{3}(?:\s?\d{2})?\b)"));
    static const QRegularExpression email(QStringLiteral(R"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)"));
    static const QRegularExpression phone(QStringLiteral(R"((?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b)"));
    QString out = message;
    out.replace(nir, QStringLiteral("[NIR masqué]"));
    out.replace(email, QStringLiteral("[courriel masqué]"));
    out.replace(phone, QStringLiteral("[téléphone masqué]"));
    return out;
}

void setSink(Sink sink)
{
    g_sink = sink ? sink : &stderrSink;
}

void install()
{
    qInstallMessageHandler(&handler);
}

} // namespace Logging
} // namespace Officine
