// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * Input of {@code ImportEvents}: the events of one EPCIS capture document, in document order, applied in one
 * transaction: all are recorded or none is.
 *
 * @param events the mapped events (1-100)
 */
public record ImportEventsRequest(List<ImportedEvent> events) {}
