// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Input of {@code GetSiteByGln}: the site registered with a GLN (and extension), as an EPCIS read point names it.
 *
 * @param gln the GLN
 * @param glnExtension the GLN extension (AI 254), or absent for the GLN itself
 */
public record SiteLookup(String gln, String glnExtension) {}
