#pragma once

#include "model/patient.h"
#include "storage/patientrepository.h"

#include <random>

namespace Officine::Demo {

/// Seeded generator of clearly fictitious but realistic French patients, for the demo pharmacy,
/// the benchmarks and tests. The same seed gives the same patients. Fictitious by construction:
/// telephone numbers in the ARCEP ranges reserved for fiction (01 99 00…, 06 39 98…), e-mail
/// addresses at example.org, NIRs that are well-formed with a valid key but drawn at random.
class DemoGenerator
{
public:
    explicit DemoGenerator(quint64 seed, QDate today = QDate(2026, 11, 23));

    Model::Patient nextPatient();

    /// Inserts `count` patients in batched transactions through the repository (with their
    /// outbox rows). Returns the number inserted.
    Result<int> populate(Storage::Store& store, int count, const Storage::WriteContext& ctx,
                         int batchSize = 5000);

    /// Number of distinct family names the generator draws from (tests use it).
    static int familyNameCount();

private:
    int uniform(int lo, int hi);
    template<class T, size_t N>
    const T& pick(const T (&array)[N])
    {
        return array[static_cast<size_t>(uniform(0, static_cast<int>(N) - 1))];
    }

    std::mt19937_64 m_rng;
    QDate m_today;
};

} // namespace Officine::Demo
