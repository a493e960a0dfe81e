/** The reviewer's area. */
package org.samling.web.review;
