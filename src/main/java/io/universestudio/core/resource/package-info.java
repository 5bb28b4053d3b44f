/**
 * resource.json as the resource editor shows it.
 *
 * <ul>
 *   <li>{@link io.universestudio.core.resource.ResourceModel}: images, asset tables, CLI binaries; edits return a
 *       {@link io.universestudio.core.resource.ResourceEdit}; {@code issues()} checks URLs and hashes.</li>
 *   <li>{@link io.universestudio.core.resource.ImageFetcher}: background thumbnails with a disk cache and a timeout;
 *       {@link io.universestudio.core.resource.ImageCheck} checks https and sizes.</li>
 *   <li>{@link io.universestudio.core.resource.IconScaler}: one large image to the three icons (+ @2x).</li>
 *   <li>{@link io.universestudio.core.resource.AssetUsages}, {@link io.universestudio.core.resource.Sha256}.</li>
 * </ul>
 */
package io.universestudio.core.resource;
