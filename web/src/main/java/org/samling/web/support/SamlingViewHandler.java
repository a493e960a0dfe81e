package org.samling.web.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Every view gets the person's language from {@link LocaleBean} from the moment it is created,
 * so messages added before rendering (view actions) are in that language too.
 */
public class SamlingViewHandler extends ViewHandlerWrapper {

    public SamlingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleBean.class).get().getLocale();
    }
}
