package org.samling.web.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

import java.util.Locale;
import java.util.Set;

/**
 * Every view gets the person's language from {@link LocaleBean} from the moment it is created,
 * so messages added before rendering (view actions) are in that language too. The public pages
 * people read (home, a conference, its programme, a presentation) and the error pages are
 * stateless from the start:
 * they hold no form, so nothing of them is kept and an anonymous reader gets no session (PrimeFaces
 * would otherwise keep its script nonce in a view map, in the session).
 */
public class SamlingViewHandler extends ViewHandlerWrapper {

    public SamlingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    static final Set<String> STATELESS = Set.of("/index.xhtml", "/conference.xhtml", "/program.xhtml", "/presentation.xhtml");

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && (STATELESS.contains(root.getViewId()) || root.getViewId().startsWith("/error/"))) {
            root.setTransient(true);
        }
        return root;
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleBean.class).get().getLocale();
    }
}
