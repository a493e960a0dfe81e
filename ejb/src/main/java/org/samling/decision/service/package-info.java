/** The chairs' ranking, decisions, notifications and exports, and the policy of what authors see of their reviews. */
package org.samling.decision.service;
