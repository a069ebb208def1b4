// libFuzzer target: the sync protocol's strict parser (core/sync/protocol.cpp), which reads every
// request officine-server receives and every answer a workstation receives. Whatever the bytes,
// it must answer a value or a refusal, never crash, hang or read out of bounds; what it accepts
// must survive a write-and-read round trip unchanged.
//
//   cmake --preset fuzz && cmake --build --preset fuzz
//   build/fuzz/tests/fuzz/fuzz_sync_request -max_total_time=300 tests/fuzz/corpus/sync_request
//
// Without libFuzzer (every other build) the same file is a corpus replayer, run by CTest.

#include "sync/protocol.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Officine::Sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    Limits limits;
    limits.maxBodyBytes = 1024 * 1024;
    limits.maxChanges = 200;
    if (auto changes = Parser::pushRequest(body, limits)) {
        // Accepted: written again, it reads back the same.
        auto again = Parser::pushRequest(pushRequestJson(*changes), limits);
        if (!again || again->size() != changes->size()) {
            std::abort();
        }
        for (size_t i = 0; i < changes->size(); ++i) {
            if (again->at(i).id != changes->at(i).id || again->at(i).payload != changes->at(i).payload
                || again->at(i).baseRevision != changes->at(i).baseRevision) {
                std::abort();
            }
        }
    } else if (changes.error().userText.isEmpty()) {
        std::abort(); // every refusal says why
    }
    if (auto page = Parser::pullResponse(body, limits)) {
        auto again = Parser::pullResponse(pullResponseJson(*page), limits);
        if (!again || again->changes.size() != page->changes.size() || again->next != page->next) {
            std::abort();
        }
    }
    (void)Parser::pushResponse(body, limits);
    return 0;
}

#ifndef OFFICINE_LIBFUZZER
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        for (const QString& name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                return 1;
            }
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
            ++files;
        }
    }
    std::printf("%d corpus file(s) replayed\n", files);
    return files > 0 ? 0 : 1;
}
#endif
