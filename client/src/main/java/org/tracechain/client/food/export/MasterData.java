// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TraceResult;

/**
 * The registered sites and parties an export describes locations and organisations with: from a trace (the
 * chaincode returns those its lots and events name) or fetched with {@code FoodTrace.masterDataFor}.
 *
 * @param sites sites by id
 * @param parties parties by MSP id
 */
public record MasterData(Map<String, SiteRecord> sites, Map<String, PartyRecord> parties) {

    /** No master data: locations and organisations fall back to project URNs. */
    public static final MasterData NONE = new MasterData(Map.of(), Map.of());

    public MasterData {
        sites = Map.copyOf(sites);
        parties = Map.copyOf(parties);
    }

    public static MasterData of(final Collection<SiteRecord> sites, final Collection<PartyRecord> parties) {
        return new MasterData(sites.stream().collect(Collectors.toMap(SiteRecord::siteId, Function.identity(),
                (a, b) -> a)), parties.stream().collect(Collectors.toMap(PartyRecord::mspId, Function.identity(),
                        (a, b) -> a)));
    }

    public static MasterData of(final TraceResult trace) {
        return of(trace.sites(), trace.parties());
    }

    /** The union of several traces' master data. */
    public static MasterData of(final List<TraceResult> traces) {
        return of(traces.stream().flatMap(t -> t.sites().stream()).toList(),
                traces.stream().flatMap(t -> t.parties().stream()).toList());
    }

    public Optional<SiteRecord> site(final String siteId) {
        return siteId == null ? Optional.empty() : Optional.ofNullable(sites.get(siteId));
    }

    public Optional<PartyRecord> party(final String mspId) {
        return mspId == null ? Optional.empty() : Optional.ofNullable(parties.get(mspId));
    }
}
