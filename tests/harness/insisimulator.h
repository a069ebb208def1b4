#pragma once

// Starts tools/insisimulator for a test: a JSON file of persons, the process, its URL.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>
#include <memory>

namespace Officine::Test {

/// One person of the simulated national base (the test OID unless told otherwise).
inline QJsonObject insiPerson(const char* matricule, const char* name, const char* given, const char* sex,
                              const char* born, const char* place,
                              const QString& oid = QStringLiteral("1.2.250.1.213.1.4.10"))
{
    return QJsonObject {{QStringLiteral("matricule"), QString::fromLatin1(matricule)},
                        {QStringLiteral("oid"), oid},
                        {QStringLiteral("birthName"), QString::fromLatin1(name)},
                        {QStringLiteral("givenNames"), QString::fromLatin1(given)},
                        {QStringLiteral("sex"), QString::fromLatin1(sex)},
                        {QStringLiteral("birthDate"), QString::fromLatin1(born)},
                        {QStringLiteral("birthPlace"), QString::fromLatin1(place)}};
}

inline bool writeInsiPersons(const QString& path, const QJsonArray& persons)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(persons).toJson()) > 0;
}

/// A running simulator; killed when destroyed. `url` is empty when it did not start.
struct InsiSimulator
{
    std::unique_ptr<QProcess> process;
    QUrl url;
    ~InsiSimulator()
    {
        if (process) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
};

inline std::unique_ptr<InsiSimulator> startInsiSimulator(const QString& personsFile,
                                                         const QStringList& extra = {})
{
    auto sim = std::make_unique<InsiSimulator>();
    sim->process = std::make_unique<QProcess>();
    sim->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim->process->start(QStringLiteral(OFFICINE_INSI_SIMULATOR),
                        QStringList {QStringLiteral("--persons"), personsFile} + extra);
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
        sim->process->waitForReadyRead(100);
        out += sim->process->readAllStandardOutput();
    }
    const QList<QByteArray> words = out.trimmed().split(' ');
    if (words.size() == 2 && words.first() == "listening") {
        sim->url = QUrl(QStringLiteral("http://127.0.0.1:%1/insi").arg(QString::fromLatin1(words.at(1))));
    }
    return sim;
}

} // namespace Officine::Test
