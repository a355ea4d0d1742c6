// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoBlocks.h"

#include "storage/BarrierRepository.h"
#include "storage/EnrolmentRepository.h"
#include "storage/PlacementRepository.h"

namespace traject::demo {

namespace {

enum class Blocks
{
    Nothing,
    Placements,
    NextModule
};

Blocks whatItBlocks(BarrierCategory category)
{
    switch (category) {
    case BarrierCategory::Preconditions:
    case BarrierCategory::Cultural:
    case BarrierCategory::InformalSchoolWork:
    case BarrierCategory::FormalSchoolWork:
        return Blocks::Placements;
    case BarrierCategory::Administrative:
    case BarrierCategory::Skills:
    case BarrierCategory::Language:
    case BarrierCategory::Psychological:
        return Blocks::NextModule;
    case BarrierCategory::FinancialMaterial:
    case BarrierCategory::FamilySocial:
        break;
    }
    return Blocks::Nothing;
}

bool stillToDo(ModuleStatus status)
{
    return status == ModuleStatus::Planned || status == ModuleStatus::InProgress
        || status == ModuleStatus::Retake;
}

} // namespace

Result<int> linkDemoBlocks(Database &database, const Clock &clock, qint64 learnerId)
{
    BarrierRepository barriers(database, clock);
    auto ofLearner = barriers.barriersFor(learnerId);
    if (!ofLearner)
        return ofLearner.error();
    auto placements = PlacementRepository(database, clock).forLearner(learnerId);
    if (!placements)
        return placements.error();
    auto enrolments = EnrolmentRepository(database, clock).forLearner(learnerId);
    if (!enrolments)
        return enrolments.error();

    int links = 0;
    for (auto barrier : *ofLearner) {
        barrier.blocks.clear();
        switch (whatItBlocks(barrier.category)) {
        case Blocks::Placements:
            // The placements that had not ended yet when the barrier was noticed.
            for (const auto &placement : *placements) {
                if (placement.end >= barrier.detectedOn)
                    barrier.blocks.push_back(BlockedItem::placement(placement.id));
            }
            break;
        case Blocks::NextModule:
            if (!enrolments->empty()) {
                for (const auto &plan : enrolments->back().modulePlans) {
                    if (stillToDo(plan.status)) {
                        barrier.blocks.push_back(BlockedItem::modulePlan(plan.id));
                        break;
                    }
                }
            }
            break;
        case Blocks::Nothing:
            break;
        }
        if (barrier.blocks.empty())
            continue;
        if (auto status = barriers.updateBarrier(barrier); !status)
            return status.error();
        links += static_cast<int>(barrier.blocks.size());
    }
    return links;
}

} // namespace traject::demo
