// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.LocalDate;

/**
 * Where and when a lot was produced (FSMA "TLC source"; Guangdong 产地).
 *
 * @param producer producer name or licence (e.g. SC code), optional
 * @param site farm, field or facility (e.g. a GLN), optional
 * @param regionCode administrative region code (e.g. GB/T 2260 {@code 440100}), optional
 * @param producedOn production or harvest date, optional
 */
public record LotOrigin(String producer, String site, String regionCode, LocalDate producedOn) {}
